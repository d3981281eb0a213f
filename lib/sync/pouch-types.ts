// The part of PouchDB's API that sync uses, typed here: the community @types packages redeclare
// Node's global Buffer and break the rest of the project's types.

export interface PouchDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

export interface BulkResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  status?: number;
  reason?: string;
}

export interface ChangesResult {
  results: { id: string; seq: number | string; doc?: PouchDoc; deleted?: boolean }[];
  last_seq: number | string;
}

/** A PouchDB database (the local replica, or a CouchDB database over HTTP). */
export interface PouchDatabase {
  allDocs(opts: { keys: string[] }): Promise<{ rows: { key: string; value?: { rev: string; deleted?: boolean }; error?: string }[] }>;
  bulkDocs(docs: PouchDoc[]): Promise<BulkResult[]>;
  changes(opts: { since: number | string; limit?: number; include_docs?: boolean; conflicts?: boolean }): Promise<ChangesResult>;
  get(id: string, opts: { open_revs: string[] }): Promise<({ ok: PouchDoc } | { missing: string })[]>;
  get(id: string): Promise<PouchDoc>;
  put(doc: PouchDoc): Promise<BulkResult>;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  destroy(): Promise<unknown>;
  close(): Promise<void>;
}

/** What a replication reports (PouchDB's `sync` and `replicate` events). */
export interface ReplicationInfo {
  direction?: 'push' | 'pull';
  change?: { docs: PouchDoc[]; docs_written: number; pending?: number };
  docs?: PouchDoc[];
}

export interface Replication {
  on(event: 'change', fn: (info: ReplicationInfo) => void): Replication;
  on(event: 'paused', fn: (error?: unknown) => void): Replication;
  on(event: 'active' | 'complete', fn: () => void): Replication;
  on(event: 'denied' | 'error' | 'requestError', fn: (error: unknown) => void): Replication;
  cancel(): void;
}

export interface ReplicationOptions {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  batches_limit?: number;
  back_off_function?: (delay: number) => number;
}

export interface PouchConstructor {
  new (name: string, opts?: { adapter?: string; auth?: { username: string; password: string }; fetch?: typeof fetch; skip_setup?: boolean; revs_limit?: number }): PouchDatabase;
  plugin(plugin: unknown): PouchConstructor;
  sync(a: PouchDatabase, b: PouchDatabase, opts?: ReplicationOptions): Replication;
  replicate(from: PouchDatabase, to: PouchDatabase, opts?: ReplicationOptions): Replication;
}
