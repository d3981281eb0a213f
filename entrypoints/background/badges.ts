import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { contextName, toolName } from '@/lib/i18n/names';
import { customNamesOf } from '@/lib/tools/custom-tool';
import { createTranslate, resolveLang } from '@/lib/i18n/translate';
import type { ContextReport } from '@/lib/messaging/protocol';
import { onMessage } from '@/lib/messaging/protocol';
import { loadSettings } from '@/lib/settings/settings-store';
import { readTabContext, knownTabIds } from '@/lib/tabs/tab-store';
import { loadTipsFor } from '@/lib/tips/query';

const BADGE_COLOR = '#0b6e4f';

/** Show how many tips the tab's context has, and say it in the icon's tooltip for screen readers. */
export async function updateBadge(tabId: number, report: ContextReport | null): Promise<void> {
  const t = createTranslate(resolveLang((await loadSettings()).lang, browser.i18n.getUILanguage()));
  let text = '';
  let title = t('app.name');
  if (report?.detected) {
    const { ranked } = await loadTipsFor(getDb(), report.detected);
    text = ranked.length > 0 ? String(Math.min(ranked.length, 99)) : '';
    const first = report.detected.contexts[0];
    // A taught tool's places are named as its mentor wrote them.
    const custom = customNamesOf(await getDb().tools.toArray());
    const where = first ? contextName(t, first, custom) : toolName(t, report.detected.tool, custom);
    title = `${t('app.name')} – ${t('panel.tipCount', { count: ranked.length })}: ${where}`;
  }
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await browser.action.setTitle({ tabId, title });
  } catch {
    // The tab closed meanwhile.
  }
}

/** Recount every tab's badge (tips or progress changed). */
export async function refreshAllBadges(): Promise<void> {
  for (const tabId of await knownTabIds()) await updateBadge(tabId, await readTabContext(tabId));
}

export function wireBadges(): void {
  onMessage('tipsChanged', () => {
    void refreshAllBadges();
  });
}
