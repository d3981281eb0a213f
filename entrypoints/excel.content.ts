import { defineContentScript } from 'wxt/utils/define-content-script';
import { excelBase } from '@/lib/contexts/excel';
import { excelRules } from '@/lib/contexts/rules/excel';
import { loadTool } from '@/lib/page/load-rules';
import { watchContext } from '@/lib/page/watch-context';

export default defineContentScript({
  matches: excelBase.matches,
  allFrames: excelBase.allFrames,
  runAt: 'document_idle',
  // Never post a message into the host page's window (its own listeners would see it).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // The rules in use are read on every page load: an update installed today applies from the next load.
    void loadTool(excelBase, excelRules).then((tool) => watchContext(ctx, tool));
  },
});
