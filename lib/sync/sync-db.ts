import { Dexie, type EntityTable } from 'dexie';

/** Which version of a record the local replica holds: the base the next local edit is compared with. */
export interface SyncedDoc {
  docId: string;
  /** `table|record key`. */
  tk: string;
  /** The document's revision in the local replica that carries `hash`. */
  rev: string;
  /** `versionHash` of the record in that revision. */
  hash: string;
  /** 0 while the revision was written here and has not reached the server yet. */
  pushed: 0 | 1;
}

export const SYNC_DB_NAME = 'tandem-tips-sync';

/**
 * Sync's own bookkeeping, apart from the user's data (so backups, restores and the data tables
 * never carry another computer's replication state, and turning sync off deletes it whole).
 */
export class SyncDb extends Dexie {
  docs!: EntityTable<SyncedDoc, 'docId'>;
  meta!: EntityTable<{ id: string; value: string | number }, 'id'>;

  constructor(name = SYNC_DB_NAME) {
    super(name);
    this.version(1).stores({ docs: 'docId, &tk, pushed', meta: 'id' });
  }
}
