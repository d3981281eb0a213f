import { Dexie, type EntityTable } from 'dexie';
import type { Draft, TipDraft } from '../schemas/draft';
import type { Goal } from '../schemas/goal';
import type { Meeting } from '../schemas/meeting';
import type { Note } from '../schemas/note';
import type { Pack } from '../schemas/pack';
import type { Progress } from '../schemas/progress';
import type { Tip } from '../schemas/tip';
import { scheduleTriedTips } from './upgrades/v3-review-schedule';
import { splitLegacyContexts } from './upgrades/v5-split-dashboard';
import type { ExchangeLog, KnownVersion } from '../schemas/exchange-log';
import { upgradeToV6 } from './upgrades/v6-drafts-apart';
import { commitReporter, type CommitListener } from './commits';
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
  /** Everything typed but not saved yet, keyed `<kind>:<id>` (lib/drafts/drafts.ts). */
  drafts!: EntityTable<Draft, 'id'>;
  // Tandem, meeting prep and exchange files.
  tandem!: EntityTable<TandemDoc, 'id'>;
  partnerProgress!: EntityTable<PartnerProgress, 'tipId'>;
  knowledge!: EntityTable<KnownVersion, 'key'>;
  exchanges!: EntityTable<ExchangeLog, 'id'>;

  private readonly commitListeners = new Set<CommitListener>();

  constructor(name = DB_NAME) {
    super(name);
    this.use(commitReporter((tables) => this.commitListeners.forEach((listener) => listener(tables))));
    // Index only what is queried; big text fields are never indexed.
    this.version(1).stores({
      tips: 'id, packId, tool, *contexts, updatedAt',
      packs: 'id',
      progress: 'tipId, status',
      notes: 'id, [tool+context], url, tipId, goalId, updatedAt',
      goals: 'id, updatedAt',
      meetings: 'id, scheduledAt, updatedAt',
    });
    // Version 2 (tip authoring): the tip editor's autosaved drafts. A new table only,
    // so no upgrade step; tips gain an optional, unindexed `locator`.
    this.version(2).stores({
      drafts: 'id',
    });

    // ── version 3: notes in context, review queue ──
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

    // Version 4: the agreement and agenda edits (synced), the partner's shared tip progress,
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

    // Version 6: one drafts table for every form, apart from the finished records — tip drafts,
    // form drafts (formDrafts is merged into it and goes) and the quick-add note, which until now
    // was a row of `notes` every reader had to skip (`draftedAt`, no longer indexed). The
    // partner's pack is marked as such, and times a wrong clock put years ahead come back to now.
    this.version(6)
      .stores({
        notes: 'id, [tool+context], url, tipId, goalId, updatedAt, deletedAt, [tool+context+updatedAt], [url+updatedAt], [tipId+updatedAt]',
        formDrafts: null,
      })
      .upgrade((tx) => upgradeToV6(tx, Date.now()));
  }

  /** Calls `listener` after every committed write of this page, with the tables it wrote; returns the unsubscribe. */
  onCommitted(listener: CommitListener): () => void {
    this.commitListeners.add(listener);
    return () => {
      this.commitListeners.delete(listener);
    };
  }
}

let instance: TandemDb | undefined;

/** The shared database of extension pages and the background (opened lazily). */
export function getDb(): TandemDb {
  instance ??= new TandemDb();
  return instance;
}
