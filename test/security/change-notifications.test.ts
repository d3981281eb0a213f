import { describe, expect, it, vi } from 'vitest';
import { aNote, aTip } from '../builders';
import { readBackupFile, writeBackupFile } from '../../lib/backup/backup-file';
import { collectBackup, restoreBackup } from '../../lib/backup/backup-store';
import { forwardChanges } from '../../lib/db/change-messages';
import { applyImport } from '../../lib/exchange/exchange-store';
import { readExchangeFile } from '../../lib/exchange/file';
import { updateNote } from '../../lib/notes/notes';
import { freshDb, forgedExchangeFile, MY_DEVICE, partnerPayload } from './support';

const db = freshDb('changes');
const T = Date.UTC(2026, 10, 20);

/** What this page told the background, once the coalescing window passed. */
async function told(run: () => Promise<unknown>): Promise<string[]> {
  const send = vi.fn();
  const stop = forwardChanges(db(), send);
  await run().catch(() => undefined);
  await new Promise((r) => setTimeout(r, 120));
  stop();
  return send.mock.calls.map(([message]) => String(message)).sort();
}

describe('change notifications to the background', () => {
  it('an exchange file that carries tips makes the badges recount', async () => {
    const payload = partnerPayload({ tips: [aTip({ id: 'mia-1', contexts: ['linkedin.feed'] })] });
    const file = await readExchangeFile(await forgedExchangeFile(payload));
    expect(await told(() => applyImport(db(), file, MY_DEVICE, T))).toEqual(['tipsChanged']);
  });

  it('a restore re-plans the reminders and recounts the badges', async () => {
    await db().meetings.put({ id: 'm1', scheduledAt: T + 86_400_000, summary: '', nextSteps: '', feedback: {}, createdAt: T, updatedAt: T });
    const backup = await readBackupFile(await writeBackupFile(await collectBackup(db(), T)), db().verno);
    expect(await told(() => restoreBackup(db(), backup, localStorage))).toEqual(['meetingChanged', 'tipsChanged']);
  });

  it('typing a note tells nothing, and a write that was rolled back tells nothing', async () => {
    await db().notes.put(aNote({ id: 'n' }));
    expect(await told(() => updateNote(db(), 'n', { body: 'typed' }, T))).toEqual([]);
    const failing = db().transaction('rw', db().tips, async () => {
      await db().tips.put(aTip({ id: 'never' }));
      throw new Error('disk full');
    });
    expect(await told(() => failing)).toEqual([]);
  });
});
