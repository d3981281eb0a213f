import { Dexie, type EntityTable } from 'dexie';
import type { TipDraft } from '../schemas/draft';
import type { Goal } from '../schemas/goal';
import type { Meeting } from '../schemas/meeting';
import type { Note } from '../schemas/note';
import type { Pack } from '../schemas/pack';
import type { Progress } from '../schemas/progress';
import type { Tip } from '../schemas/tip';

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
  drafts!: EntityTable<TipDraft, 'id'>;

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
    // Version 2 (issue 3, tip authoring): the tip editor's autosaved drafts. A new table only,
    // so no upgrade step; tips gain an optional, unindexed `locator`.
    this.version(2).stores({
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
