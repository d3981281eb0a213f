import { browser } from 'wxt/browser';
import type { ContextReport } from '@/lib/messaging/protocol';
import { onMessage } from '@/lib/messaging/protocol';
import { isCustomToolId } from '@/lib/contexts/types';
import { contextReportSchema, isTrustedTaughtReport } from '@/lib/messaging/validate';
import { TAUGHT_TOOLS_KEY } from '@/lib/tools/published';
import { forgetFrame, recordReport } from '@/lib/tabs/tab-store';
import { updateBadge } from './badges';
import { broadcast } from './broadcast';
import { toActive } from './tab-tracking';

function changed(a: ContextReport | null, b: ContextReport | null): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

async function afterChange(tabId: number, windowId: number, before: ContextReport | null, after: ContextReport | null) {
  if (!changed(before, after)) return;
  broadcast('tabContextChanged', toActive(windowId, tabId, after));
  if (before?.detected?.tool !== after?.detected?.tool || before?.detected?.contexts.join() !== after?.detected?.contexts.join()) {
    await updateBadge(tabId, after);
  }
}

/** Content scripts report their frame's context; the background keeps and merges them per tab. */
export function wireContextReports(): void {
  onMessage('contextDetected', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const windowId = sender.tab?.windowId;
    if (tabId === undefined || windowId === undefined) return;
    const parsed = contextReportSchema.safeParse(data);
    if (!parsed.success) {
      console.warn('Tandem Tips: ignored a malformed context report', parsed.error.issues[0]?.message);
      return;
    }
    if (parsed.data.detected && isCustomToolId(parsed.data.detected.tool)) {
      const published = (await browser.storage.local.get(TAUGHT_TOOLS_KEY))[TAUGHT_TOOLS_KEY];
      if (!isTrustedTaughtReport(parsed.data.detected, sender.url, published)) {
        console.warn('Tandem Tips: ignored a taught tool’s report from a site it is not allowed on');
        return;
      }
    }
    const { before, after } = await recordReport(tabId, sender.frameId ?? 0, parsed.data);
    await afterChange(tabId, windowId, before, after);
  });

  onMessage('frameUnloaded', async ({ sender }) => {
    const tabId = sender.tab?.id;
    const windowId = sender.tab?.windowId;
    if (tabId === undefined || windowId === undefined) return;
    const { before, after } = await forgetFrame(tabId, sender.frameId ?? 0);
    await afterChange(tabId, windowId, before, after);
  });

  // Safety net for navigations away from a tool whose unload message got lost: the URL is
  // visible only on the tools' hosts (host_permissions, no `tabs`), so none means "not a tool".
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status !== 'complete' || tab.url) return;
    void (async () => {
      const { before, after } = await forgetFrame(tabId, 0);
      await afterChange(tabId, tab.windowId, before, after);
    })();
  });
}
