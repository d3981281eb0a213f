import { Dexie, type EntityTable } from 'dexie';
import type { Goal } from '../schemas/goal';
import type { Meeting } from '../schemas/meeting';
import type { Note } from '../schemas/note';
import type { Pack } from '../schemas/pack';
import type { Progress } from '../schemas/progress';
import type { Tip } from '../schemas/tip';
import type { Draft, ExchangeLog, KnownVersion } from '../schemas/exchange-log';
import type { PartnerProgress, TandemDoc } from '../schemas/tandem';

export const DB_NAME = 'tandem-tips';

/**
 * The extension's IndexedDB (extension origin only: content scripts never open it).
 * Every `version(n)` stays here forever; a new version only appends, with an upgrade.
 */
export class TandemDb extends Dexie {
  tips!: EntityTable<Tip, 'id'>;
  packs!: EntityTable<Pack, 'id'>;
  progress!: EntityTable<Progress, 'tipId'>;
  notes!: EntityTable<Note, 'id'>;
  goals!: EntityTable<Goal, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  // issue 5: tandem, meeting prep and exchange files
  tandem!: EntityTable<TandemDoc, 'id'>;
  partnerProgress!: EntityTable<PartnerProgress, 'tipId'>;
  knowledge!: EntityTable<KnownVersion, 'key'>;
  exchanges!: EntityTable<ExchangeLog, 'id'>;
  drafts!: EntityTable<Draft, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    // Index only what is queried; big text fields are never indexed.
    this.version(1).stores({
      tips: 'id, packId, tool, *contexts, updatedAt',
      packs: 'id',
      progress: 'tipId, status',
      notes: 'id, [tool+context], url, tipId, goalId, updatedAt',
      goals: 'id, updatedAt',
      meetings: 'id, scheduledAt, updatedAt',
    });
    // issue 5: the agreement and agenda edits (synced), the partner's shared tip progress,
    // which versions were exchanged, the exchange log, and unsaved form drafts. New tables
    // only: nothing to upgrade.
    this.version(4).stores({
      tandem: 'id, kind, updatedAt',
      partnerProgress: 'tipId, updatedAt',
      knowledge: 'key',
      exchanges: 'id, at',
      drafts: 'id',
    });
  }
}

let instance: TandemDb | undefined;

/** The shared database of extension pages and the background (opened lazily). */
export function getDb(): TandemDb {
  instance ??= new TandemDb();
  return instance;
}
