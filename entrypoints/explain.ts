import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installExplainer } from '@/lib/page/install-explainer';

// Injected on demand into the followed tab's frames when a mentor asks "Why this page?".
export default defineUnlistedScript(() => {
  installExplainer();
});
