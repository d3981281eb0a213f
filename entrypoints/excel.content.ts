import { defineContentScript } from 'wxt/utils/define-content-script';
import { excel } from '@/lib/contexts/excel';
import { watchContext } from '@/lib/page/watch-context';

export default defineContentScript({
  matches: excel.matches,
  allFrames: excel.allFrames,
  runAt: 'document_idle',
  // Never post a message into the host page's window (its own listeners would see it).
  noScriptStartedPostMessage: true,
  main(ctx) {
    watchContext(ctx, excel);
  },
});
