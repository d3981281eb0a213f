import { browser } from 'wxt/browser';
import type { ContextReport } from '../messaging/protocol';
import { mergeFrames, withoutFrame, withReport, type TabState } from './frames';

/**
 * Tab state lives in `storage.session`: it survives the service worker being stopped and is
 * gone when the browser closes, like the tabs themselves.
 */
const tabKey = (tabId: number) => `tab:${tabId}`;

const queues = new Map<string, Promise<unknown>>();

/** Runs read-modify-write steps on one key one after another (frames report concurrently). */
function serialized<T>(key: string, step: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(step, step);
  // The caller gets the failure through `next`; the queue only needs to move on.
  queues.set(key, next.catch(() => undefined));
  return next;
}

async function readKey<T>(key: string): Promise<T | undefined> {
  const stored = await browser.storage.session.get(key);
  return stored[key] as T | undefined;
}

/** The merged context of a tab, or null when it is not in a tool or unknown. */
export async function readTabContext(tabId: number): Promise<ContextReport | null> {
  return mergeFrames(await readKey<TabState>(tabKey(tabId)));
}

/** Store a frame's report; returns the tab's merged context before and after. */
export function recordReport(
  tabId: number,
  frameId: number,
  report: ContextReport,
): Promise<{ before: ContextReport | null; after: ContextReport | null }> {
  const key = tabKey(tabId);
  return serialized(key, async () => {
    const state = await readKey<TabState>(key);
    const next = withReport(state, frameId, report, Date.now());
    await browser.storage.session.set({ [key]: next });
    return { before: mergeFrames(state), after: mergeFrames(next) };
  });
}

/** Forget a frame (or, for the top frame, the whole page). */
export function forgetFrame(tabId: number, frameId: number): Promise<{ before: ContextReport | null; after: ContextReport | null }> {
  const key = tabKey(tabId);
  return serialized(key, async () => {
    const state = await readKey<TabState>(key);
    const next = withoutFrame(state, frameId);
    await browser.storage.session.set({ [key]: next });
    return { before: mergeFrames(state), after: mergeFrames(next) };
  });
}

/** Forget a closed tab. */
export async function forgetTab(tabId: number): Promise<void> {
  await serialized(tabKey(tabId), () => browser.storage.session.remove(tabKey(tabId)));
}

/**
 * Forgets which pages the tabs show (their URLs and titles: "Anna Schmidt | LinkedIn"), keeping
 * only which tool and place each is in — not personal, and what the badges and the panel need
 * until the page reports again.
 */
export async function forgetPages(): Promise<void> {
  const all = await browser.storage.session.get(null);
  const next: Record<string, TabState> = {};
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith('tab:') || typeof value !== 'object' || value === null || !('frames' in value)) continue;
    const { frames } = value as TabState;
    next[key] = { frames: Object.fromEntries(Object.entries(frames).map(([id, frame]) => [id, { ...frame, url: '', title: '' }])) };
  }
  await browser.storage.session.clear();
  await browser.storage.session.set(next);
}

/** Every tab we hold state for. */
export async function knownTabIds(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .filter((k) => k.startsWith('tab:'))
    .map((k) => Number(k.slice(4)));
}
