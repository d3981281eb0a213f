import { defineContentScript } from 'wxt/utils/define-content-script';
import { linkedinBase } from '@/lib/contexts/linkedin';
import { linkedinRules } from '@/lib/contexts/rules/linkedin';
import { loadTool } from '@/lib/page/load-rules';
import { watchContext } from '@/lib/page/watch-context';

export default defineContentScript({
  matches: linkedinBase.matches,
  allFrames: linkedinBase.allFrames,
  runAt: 'document_idle',
  // Never post a message into the host page's window (its own listeners would see it).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The rules in use are read on every page load: an update installed today applies from the next load.
    void loadTool(linkedinBase, linkedinRules).then((tool) => watchContext(ctx, tool));
  },
});
