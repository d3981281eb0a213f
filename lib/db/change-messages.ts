import type { TandemDb } from './db';

/** What the background does about a change: recount the badges, or re-plan the reminder alarms. */
export type ChangeMessage = 'tipsChanged' | 'meetingChanged';

const CHANGE_MESSAGES: readonly ChangeMessage[] = ['tipsChanged', 'meetingChanged'];

/** Which tables each reaction depends on (badges count tips by progress; alarms follow the meeting and the agreement). */
const REACTIONS: Record<ChangeMessage, readonly string[]> = {
  tipsChanged: ['tips', 'packs', 'progress'],
  meetingChanged: ['meetings', 'tandem'],
};

/** The reactions a set of written tables calls for. */
export function changeMessages(tables: ReadonlySet<string>): ChangeMessage[] {
  return CHANGE_MESSAGES.filter((message) => REACTIONS[message].some((table) => tables.has(table)));
}

/** Changes within this long are told once (an import, a restore and their follow-ups are one change). */
const COALESCE_MS = 50;

/**
 * The one place that turns this page's database changes into the background's messages: after
 * every committed write (an import, a restore, a tip marked tried …) `send` is called once per
 * needed reaction — instead of each component remembering to send one. Returns the unsubscribe.
 */
export function forwardChanges(db: TandemDb, send: (message: ChangeMessage) => void): () => void {
  const due = new Set<ChangeMessage>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const messages = [...due];
    due.clear();
    for (const message of messages) send(message);
  };
  const stop = db.onCommitted((tables) => {
    for (const message of changeMessages(tables)) due.add(message);
    if (due.size > 0) timer ??= setTimeout(flush, COALESCE_MS);
  });
  return () => {
    stop();
    clearTimeout(timer);
  };
}
