import { defineContentScript } from 'wxt/utils/define-content-script';
import { tableau } from '@/lib/contexts/tableau';
import { watchContext } from '@/lib/page/watch-context';

export default defineContentScript({
  matches: tableau.matches,
  allFrames: tableau.allFrames,
  runAt: 'document_idle',
  // Never post a message into the host page's window (its own listeners would see it).
  noScriptStartedPostMessage: true,
  main(ctx) {
    watchContext(ctx, tableau);
  },
});
