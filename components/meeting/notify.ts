import { sendMessage } from '@/lib/messaging/protocol';

/** Tells the background the meeting data changed, so it re-plans the reminder alarms. */
export function meetingChanged(): void {
  sendMessage('meetingChanged').catch(() => undefined);
}

/** The message of an unknown error. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
