import { browser } from 'wxt/browser';
import { z } from 'zod';

/** The `storage.session` key: the mentor asked, on the page, to record there. */
const KEY = 'recordRequest';
/** A request older than this is stale (the panel never opened): it starts nothing. */
export const RECORD_REQUEST_TTL_MS = 60_000;

/** "Record steps here", asked on the page (keyboard shortcut or context menu) for one tab. */
export const recordRequestSchema = z.strictObject({ tabId: z.number().int().nonnegative(), at: z.number().int().nonnegative() });
export type RecordRequest = z.infer<typeof recordRequestSchema>;

/** Asks the side panel to record in `tabId` (it may be opening, or open already). */
export async function requestRecording(tabId: number, now = Date.now()): Promise<void> {
  await browser.storage.session.set({ [KEY]: { tabId, at: now } satisfies RecordRequest });
}

/** The pending request, if one is fresh. */
export async function readRecordRequest(now = Date.now()): Promise<RecordRequest | null> {
  const parsed = recordRequestSchema.safeParse((await browser.storage.session.get(KEY))[KEY]);
  return parsed.success && now - parsed.data.at <= RECORD_REQUEST_TTL_MS ? parsed.data : null;
}

/** The request was taken up: a second panel, or a reload, does not start again. */
export async function clearRecordRequest(): Promise<void> {
  await browser.storage.session.remove(KEY);
}

/** Calls `onRequest` with each fresh request as it arrives (and one already waiting). Returns the unsubscribe. */
export function watchRecordRequests(onRequest: (request: RecordRequest) => void): () => void {
  const check = () => {
    void readRecordRequest()
      .then((request) => request && onRequest(request))
      .catch(() => undefined);
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && KEY in changes) check();
  };
  browser.storage.onChanged.addListener(onChanged);
  check();
  return () => browser.storage.onChanged.removeListener(onChanged);
}
