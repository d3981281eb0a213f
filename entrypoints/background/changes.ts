import { forwardChanges } from '@/lib/db/change-messages';
import { getDb } from '@/lib/db/db';
import { refreshAllBadges } from './badges';
import { replanReminders } from './reminders';

/**
 * The background's own writes (the starter pack, the programme's pack, a tip tried by doing it)
 * get the same reactions as the pages' changes, which arrive as messages (./badges.ts,
 * ./reminders.ts): one rule, lib/db/change-messages.ts, decides which.
 */
export function wireOwnChanges(): void {
  forwardChanges(getDb(), (message) => {
    if (message === 'tipsChanged') void refreshAllBadges();
    else replanReminders();
  });
}
