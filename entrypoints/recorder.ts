import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installRecorder } from '@/lib/page/install-recorder';

// Injected on demand into the followed tab's frames while the mentor records a tip's steps.
export default defineUnlistedScript(() => {
  installRecorder();
});
