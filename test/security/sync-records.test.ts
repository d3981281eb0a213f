import { describe, expect, it } from 'vitest';
import { aNote } from '../builders';
import { sharedRecords } from '../../lib/sync/records';
import type { AgendaDoc } from '../../lib/schemas/tandem';
import { freshDb } from './support';

const db = freshDb('sync-records');
const T = Date.UTC(2026, 10, 20);

describe('what sync sends the partner', () => {
  it('never names a private note: not as a counted win, an agenda point or the original of a second version', async () => {
    await db().notes.bulkPut([
      aNote({ id: 'win-private-7f3a', kind: 'win', visibility: 'private', updatedAt: T }),
      aNote({ id: 'shared-q', kind: 'question', visibility: 'shared', updatedAt: T }),
      aNote({ id: 'copy', visibility: 'shared', conflictOf: 'win-private-7f3a', updatedAt: T }),
    ]);
    await db().goals.put({ id: 'g', title: 'Post', measure: 'posts', target: 2, current: 2, status: 'done', countedNoteIds: ['win-private-7f3a', 'shared-q'], createdAt: T, updatedAt: T });
    const agenda: AgendaDoc = { id: 'agenda:m1', kind: 'agenda', meetingId: 'm1', order: ['n:win-private-7f3a', 'q:shared-q'], removed: [], minutes: { 'n:win-private-7f3a': 5 }, custom: [], createdAt: T, updatedAt: T };
    await db().tandem.put(agenda);
    const bodies = await sharedRecords(db(), 'mentee', 'en');
    expect(JSON.stringify(bodies)).not.toContain('win-private-7f3a');
    expect(bodies.filter((b) => b.t === 'notes').map((b) => b.r)).toMatchObject([{ id: 'shared-q' }]);
    expect(bodies.find((b) => b.t === 'goals')?.r).toMatchObject({ countedNoteIds: ['shared-q'] });
  });
});
