/** The last moment JavaScript dates can hold (8.64e15 ms): later numbers make every date API throw. */
export const MAX_TIME = 8.64e15;

/** How far ahead of this computer's clock another one may be before its times are refused. */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * The `updatedAt` for a local change of a record: now, or just after the stored version when that
 * claims a later time (a partner's clock a little ahead must not make my edit lose the merge).
 */
export function nextStamp(previous: { updatedAt: number } | undefined, now: number): number {
  return Math.max(now, (previous?.updatedAt ?? -1) + 1);
}

/** Fields of a record that say when something happened (never a date the pair plans, like `scheduledAt`). */
const CLOCK_FIELDS = ['createdAt', 'updatedAt', 'deletedAt', 'heldAt', 'loggedAt', 'resolvedAt', 'at'] as const;

/**
 * The first time in a record that lies more than a day after `now` — a partner's clock set to 2099,
 * or a forged file whose records could never be overtaken — as a path to it; undefined when none.
 * Looks into the record's direct fields and one level of nested objects (a meeting's feedback).
 */
export function findFutureClock(record: unknown, now: number): (string | number)[] | undefined {
  const limit = now + CLOCK_SKEW_MS;
  const check = (value: unknown, path: string[]): (string | number)[] | undefined => {
    if (typeof value !== 'object' || value === null) return undefined;
    const fields = value as Record<string, unknown>;
    for (const field of CLOCK_FIELDS) {
      const at = fields[field];
      if (typeof at === 'number' && at > limit) return [...path, field];
    }
    return undefined;
  };
  const own = check(record, []);
  if (own || typeof record !== 'object' || record === null) return own;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    for (const [inner, nested] of Object.entries(value)) {
      const found = check(nested, [key, inner]);
      if (found) return found;
    }
  }
  return undefined;
}
