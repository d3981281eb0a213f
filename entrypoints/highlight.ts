import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installHighlighter } from '@/lib/page/install-highlighter';

// Injected on demand into the followed tab's frames for "show me".
export default defineUnlistedScript(() => {
  installHighlighter();
});
