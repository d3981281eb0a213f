import { browser } from 'wxt/browser';
import { originOf, type CustomHost } from './custom-hosts';

const PREFIX = 'custom-';

/** The id of the registration that runs the taught tools' content script. */
export const TAUGHT_REGISTRATION = `${PREFIX}taught`;

/**
 * The content script registrations self-hosted hosts need (one per tool, only granted hosts), and
 * one for the tools mentors taught: on the sites the person allowed that the browser granted.
 */
export function registrationsFor(hosts: readonly CustomHost[], granted: readonly string[], taughtHosts: readonly string[] = []) {
  const byTool = new Map<string, string[]>();
  for (const { host, tool } of hosts) {
    const origin = originOf(host);
    if (!granted.includes(origin)) continue;
    byTool.set(tool, [...(byTool.get(tool) ?? []), origin]);
  }
  const taught = taughtHosts.map(originOf).filter((origin) => granted.includes(origin));
  return [
    ...[...byTool].map(([tool, matches]) => ({
      id: `${PREFIX}${tool}`,
      matches,
      js: [`content-scripts/${tool}.js`],
      allFrames: true,
      runAt: 'document_idle' as const,
      persistAcrossSessions: true,
    })),
    ...(taught.length > 0
      ? [{ id: TAUGHT_REGISTRATION, matches: taught, js: ['content-scripts/taught.js'], allFrames: false, runAt: 'document_idle' as const, persistAcrossSessions: true }]
      : []),
  ];
}

/**
 * Makes the registered content scripts match the self-hosted hosts the user has granted, so
 * detection runs there exactly as on the built-in hosts (same script, same rules).
 */
export async function syncRegistrations(hosts: readonly CustomHost[], taughtHosts: readonly string[] = []): Promise<void> {
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const wanted = registrationsFor(hosts, granted, taughtHosts);
  const existing = (await browser.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(PREFIX));
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) });
  if (wanted.length > 0) await browser.scripting.registerContentScripts(wanted);
  // A registration only reaches pages loaded from now on: a site just allowed gets the taught
  // tools' script in the tabs already open on it, so the mentor's page is recognised at once.
  const before = new Set(existing.find((s) => s.id === TAUGHT_REGISTRATION)?.matches ?? []);
  const added = wanted.find((s) => s.id === TAUGHT_REGISTRATION)?.matches.filter((m) => !before.has(m)) ?? [];
  if (added.length > 0) await injectTaught(added);
}

/** Runs the taught tools' script in the open tabs on these origins (top frame, as registered). */
async function injectTaught(origins: string[]): Promise<void> {
  for (const tab of await browser.tabs.query({ url: origins })) {
    if (tab.id === undefined) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/taught.js'] }).catch(() => undefined);
  }
}
