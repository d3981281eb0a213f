import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installHighlighter } from '@/lib/page/page-tools';

// Injected on demand into the followed tab's frames for "show me".
export default defineUnlistedScript(() => {
  installHighlighter();
});
