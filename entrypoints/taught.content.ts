import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendFromPage } from '@/lib/messaging/page-send';
import { loadTaughtTool } from '@/lib/page/load-taught-tool';
import { watchContext } from '@/lib/page/watch-context';
import { TAUGHT_TOOLS_KEY } from '@/lib/tools/published';

// Tools mentors taught: registered at runtime (scripting.registerContentScripts) on exactly the
// sites a person allowed, never in the manifest.
export default defineContentScript({
  registration: 'runtime',
  runAt: 'document_idle',
  // Never post a message into the host page's window (its own listeners would see it).
  noScriptStartedPostMessage: true,
  main(ctx) {
    let watch: ContentScriptContext | undefined;
    const start = async () => {
      const tool = await loadTaughtTool(location.hostname);
      if (ctx.isInvalid) return;
      // A new watcher of the same name ends the previous one (WXT invalidates it), so a place the
      // mentor just added is recognised on this page without reloading it.
      watch = new ContentScriptContext('taught-watch', { noScriptStartedPostMessage: true });
      if (tool) watchContext(watch, tool);
      // The tool was removed or its site given back: forget what this page reported.
      else sendFromPage('frameUnloaded').catch(() => undefined);
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && TAUGHT_TOOLS_KEY in changes) void start();
    };
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onChanged);
      watch?.abort();
    });
    void start();
  },
});
