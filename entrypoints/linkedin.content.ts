import { defineContentScript } from 'wxt/utils/define-content-script';
import { linkedin } from '@/lib/contexts/linkedin';
import { watchContext } from '@/lib/page/watch-context';

export default defineContentScript({
  matches: linkedin.matches,
  allFrames: linkedin.allFrames,
  runAt: 'document_idle',
  // Never post a message into the host page's window (its own listeners would see it).
  noScriptStartedPostMessage: true,
  main(ctx) {
    watchContext(ctx, linkedin);
  },
});
