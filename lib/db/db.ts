import { Dexie, type EntityTable } from 'dexie';
import type { TipDraft } from '../schemas/draft';
import type { Goal } from '../schemas/goal';
import type { Meeting } from '../schemas/meeting';
import type { Note } from '../schemas/note';
import type { Pack } from '../schemas/pack';
import type { Progress } from '../schemas/progress';
import type { Tip } from '../schemas/tip';
import { scheduleTriedTips } from './upgrades/v3-review-schedule';
import { splitLegacyContexts } from './upgrades/v5-split-dashboard';
import type { Draft, ExchangeLog, KnownVersion } from '../schemas/exchange-log';
import type { PartnerProgress, TandemDoc } from '../schemas/tandem';
import type { CustomTool } from '../tools/custom-tool';

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
  // issue 5: tandem, meeting prep and exchange files
  tandem!: EntityTable<TandemDoc, 'id'>;
  partnerProgress!: EntityTable<PartnerProgress, 'tipId'>;
  knowledge!: EntityTable<KnownVersion, 'key'>;
  exchanges!: EntityTable<ExchangeLog, 'id'>;
  formDrafts!: EntityTable<Draft, 'id'>;
  tools!: EntityTable<CustomTool, 'id'>;

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

    // ── version 3 (issue 4: notes in context, review queue) ──
    // Notes: the quick add keeps the note being written as a draft (`draftedAt`), found again
    // when the panel reopens; the notes for a page are found newest first from index keys alone
    // (`[… +updatedAt]`), without reading every note of a busy context; tombstones by `deletedAt`.
    // Progress: the review queue asks for tips due by `review.due`.
    this.version(3)
      .stores({
        notes:
          'id, [tool+context], url, tipId, goalId, updatedAt, draftedAt, deletedAt, [tool+context+updatedAt], [url+updatedAt], [tipId+updatedAt]',
        progress: 'tipId, status, review.due',
      })
      .upgrade((tx) => scheduleTriedTips(tx.table<Progress, 'tipId'>('progress')));

    // issue 5: the agreement and agenda edits (synced), the partner's shared tip progress,
    // which versions were exchanged, the exchange log, and unsaved form drafts. New tables
    // only: nothing to upgrade.
    // (The meeting forms' drafts live in `formDrafts`: `drafts` holds the tip editor's since v2.)
    this.version(4).stores({
      tandem: 'id, kind, updatedAt',
      partnerProgress: 'tipId, updatedAt',
      knowledge: 'key',
      exchanges: 'id, at',
      formDrafts: 'id',
    });

    // Version 5: `tableau.dashboard` was split into viewing and editing; tips and drafts bound to it
    // move to both. No index changes.
    this.version(5)
      .stores({})
      .upgrade((tx) => splitLegacyContexts(tx.table<Tip, 'id'>('tips'), tx.table<TipDraft, 'id'>('drafts')));

    // Version 8: tools a mentor taught (an intranet, an expense tool) with their places; a pack's
    // taught tools are removed with it (`packId`). A new table only: nothing to upgrade.
    this.version(8).stores({
      tools: 'id, packId',
    });
  }
}

let instance: TandemDb | undefined;

/** The shared database of extension pages and the background (opened lazily). */
export function getDb(): TandemDb {
  instance ??= new TandemDb();
  return instance;
}
