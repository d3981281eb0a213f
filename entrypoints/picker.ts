import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installPicker } from '@/lib/page/install-picker';

// Injected on demand into the followed tab's frames when the mentor picks an element.
export default defineUnlistedScript(() => {
  installPicker();
});
