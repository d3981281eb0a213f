import { Dexie } from 'dexie';
import type { TandemDb } from '../db/db';
import type { Lang } from '../schemas/common';
import { countWaiting, markPushed, pullRemote, pushLocal, type Bridge, type Refusal } from './bridge';
import type { SyncConfig, SyncStatus } from './config';
import { SyncError } from './errors';
import { deriveKeys } from './keys';
import type { PouchConstructor, PouchDatabase, Replication } from './pouch-types';
import { checkServer, classifyError, guardedFetch } from './server';
import { SYNC_DB_NAME, SyncDb } from './sync-db';

/** The local replica's database name (PouchDB prefixes it). */
export const REPLICA_NAME = 'tandem-replica';
/**
 * The replica of builds before the `indexeddb` adapter (PouchDB's older `idb` layout, several
 * stores and requests per document). Its revisions are the server's, but the bookkeeping that
 * points into it goes with it: the next start pulls everything again, and merging is idempotent.
 */
export const LEGACY_REPLICA_DB = '_pouch_tandem-sync';
/** Documents per replication batch: few round trips for a first sync of thousands. */
const BATCH_SIZE = 1_000;
/** A local edit's clock may be this far behind the last scan and still be found. */
const CLOCK_SLACK_MS = 10 * 60 * 1000;

/** Waits after a failed attempt: 1 s, doubling, at most a minute, with jitter so two clients spread out. */
export function backOff(delay: number): number {
  const next = delay === 0 ? 1_000 : Math.min(delay * 2, 60_000);
  return Math.round(next * (0.8 + Math.random() * 0.4));
}

export interface EngineOptions {
  db: TandemDb;
  config: SyncConfig;
  lang: Lang;
  partnerName: string;
  PouchDB: PouchConstructor;
  onStatus: (status: SyncStatus) => void;
  /** Something arrived and was merged (the background re-plans reminders). */
  onMerged?: () => void;
  fetchImpl?: typeof fetch;
  /** IndexedDB adapter name (tests may use another). */
  adapter?: string;
  replicaName?: string;
  syncDbName?: string;
}

/**
 * Live sync of one browser with the tandem's CouchDB: checks the server, then replicates the
 * encrypted replica both ways continuously (retrying with back-off while offline), moves local
 * edits into the replica as they happen and merges what arrives into the user's data.
 */
export class SyncEngine {
  private replications: Replication[] = [];
  private bridge?: Bridge;
  private replica?: PouchDatabase;
  private queue: Promise<unknown> = Promise.resolve();
  private pushTimer?: ReturnType<typeof setTimeout>;
  private retryTimer?: ReturnType<typeof setTimeout>;
  private retryDelay = 0;
  private lastScan = 0;
  private stopped = false;
  private status: SyncStatus = { state: 'connecting', waiting: 0 };
  /** Documents from the server that were refused since the start, with their reasons. */
  readonly refused: Refusal[] = [];
  /** Only changes to the user's data matter (sync's own bookkeeping changes too). */
  private readonly onMutated = (parts: Record<string, unknown>) => {
    const prefix = `idb://${this.opts.db.name}/`;
    if (Object.keys(parts).some((k) => k.startsWith(prefix))) this.schedulePush();
  };

  constructor(private readonly opts: EngineOptions) {}

  /** Starts (or retries later when the server cannot be reached). */
  async start(): Promise<void> {
    this.stopped = false;
    this.report({ state: 'connecting' });
    const { invite } = this.opts.config;
    const fetchImpl = this.opts.fetchImpl ?? fetch;
    try {
      const keys = await deriveKeys(invite.key);
      await checkServer(invite, keys, fetchImpl);
      if (this.stopped) return;
      const sdb = new SyncDb(this.opts.syncDbName ?? SYNC_DB_NAME);
      await dropLegacyReplica(sdb);
      this.replica = new this.opts.PouchDB(this.opts.replicaName ?? REPLICA_NAME, { adapter: this.opts.adapter ?? 'indexeddb' });
      const remote = new this.opts.PouchDB(`${invite.server}/${encodeURIComponent(invite.db)}`, {
        adapter: 'http',
        auth: { username: invite.user, password: invite.password },
        fetch: guardedFetch(fetchImpl),
        skip_setup: true,
      });
      keepLastInfo(remote);
      this.bridge = { db: this.opts.db, sdb, replica: this.replica, keys, me: invite.member, lang: this.opts.lang, partnerName: this.opts.partnerName };
      this.retryDelay = 0;
      await this.run(async () => {
        this.lastScan = Date.now();
        await pushLocal(this.bridge!, 0);
        await this.pull();
      });
      Dexie.on('storagemutated', this.onMutated);
      this.replicate(remote);
    } catch (error) {
      this.fail(classifyError(error));
    }
  }

  /** Stops replicating; local data and the replica stay. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.pushTimer);
    clearTimeout(this.retryTimer);
    Dexie.on('storagemutated').unsubscribe(this.onMutated);
    for (const r of this.replications.splice(0)) r.cancel();
    // Stopping: a failed last step was already reported; it must not keep the engine from stopping.
    await this.queue.catch(() => undefined);
    this.bridge?.sdb.close();
    // A replica that cannot close is dropped all the same.
    await this.replica?.close().catch(() => undefined);
    this.bridge = undefined;
    this.replica = undefined;
  }

  /** Moves local edits into the replica now (the live replication then sends them). */
  pushNow(): Promise<void> {
    return this.run(() => this.push());
  }

  private replicate(remote: PouchDatabase): void {
    const opts = { live: true, retry: true, batch_size: BATCH_SIZE, batches_limit: 2, back_off_function: backOff };
    // One replication per direction (not PouchDB's `sync`): only these report why they pause.
    const state = { push: { idle: false, error: undefined as SyncError | undefined }, pull: { idle: false, error: undefined as SyncError | undefined } };
    const update = () => {
      const error = state.push.error ?? state.pull.error;
      if (error) this.report({ state: error.code === 'unreachable' ? 'offline' : 'error', error: error.code, errorParams: error.params });
      else if (state.push.idle && state.pull.idle) void this.run(async () => undefined).then(() => this.settle());
      else this.report({ state: 'syncing', error: undefined });
    };
    const watch = (direction: 'push' | 'pull', rep: Replication) => {
      const own = state[direction];
      rep
        .on('change', (info) => {
          own.error = undefined;
          if (direction === 'pull') void this.run(() => this.pull());
          else if (info.docs) void this.run(async () => markPushed(this.bridge!.sdb, info.docs!));
        })
        .on('active', () => {
          own.idle = false;
          own.error = undefined;
          update();
        })
        .on('paused', (error) => {
          own.idle = !error;
          own.error = error ? classifyError(error) : undefined;
          update();
        })
        .on('requestError', (error) => {
          own.idle = false;
          own.error = classifyError(error);
          update();
        })
        .on('denied', (error) => this.report({ state: 'error', error: classifyError(error).code }))
        .on('error', (error) => this.fail(classifyError(error)));
      return rep;
    };
    this.replications = [watch('push', this.opts.PouchDB.replicate(this.replica!, remote, opts)), watch('pull', this.opts.PouchDB.replicate(remote, this.replica!, opts))];
  }

  /** Everything sent and received: say so, or keep "syncing" while local changes wait. */
  private async settle(): Promise<void> {
    if (!this.bridge || this.stopped) return;
    const waiting = await countWaiting(this.bridge.sdb);
    this.report(waiting === 0 ? { state: 'synced', syncedAt: Date.now(), waiting, error: undefined } : { state: 'syncing', waiting, error: undefined });
  }

  private fail(error: SyncError): void {
    if (error.code === 'unexpected') console.error('Tandem Tips: sync stopped', error);
    this.report({ state: error.code === 'unreachable' ? 'offline' : 'error', error: error.code, errorParams: error.params });
    for (const r of this.replications.splice(0)) r.cancel();
    // A server that is away may come back; wrong credentials or a wrong key will not by themselves.
    if (!this.stopped && (error.code === 'unreachable' || error.code === 'serverFull')) {
      this.retryDelay = backOff(this.retryDelay);
      this.retryTimer = setTimeout(() => void this.stop().then(() => this.start()), this.retryDelay);
    }
  }

  private schedulePush(): void {
    if (this.stopped || !this.bridge) return;
    clearTimeout(this.pushTimer);
    this.pushTimer = setTimeout(() => void this.run(() => this.push()), 30);
  }

  private async push(): Promise<void> {
    if (!this.bridge) return;
    const started = Date.now();
    const since = Math.max(0, this.lastScan - CLOCK_SLACK_MS);
    this.lastScan = started;
    if ((await pushLocal(this.bridge, since)) > 0) this.report({ waiting: await countWaiting(this.bridge.sdb) });
  }

  private async pull(): Promise<void> {
    if (!this.bridge) return;
    const { merged, refused } = await pullRemote(this.bridge);
    if (merged > 0) this.opts.onMerged?.();
    if (refused.length > 0) {
      this.refused.push(...refused);
      const last = refused.at(-1)!;
      this.report({ refused: { count: this.refused.length, code: last.code, params: last.params, ...(last.issue ? { issue: last.issue } : {}) } });
    }
    // Merging may have left a newer local version (a conflict settled, a meeting joined): send it.
    await this.push();
  }

  /** Runs bridge steps one after another (push and pull both touch the replica's revisions). */
  private run(step: () => Promise<unknown>): Promise<void> {
    const next = this.queue.then(() => (this.stopped ? undefined : step()));
    this.queue = next.catch((error: unknown) => {
      if (this.stopped) return;
      const e = classifyError(error);
      if (e.code === 'unexpected') console.error('Tandem Tips: a sync step failed', error);
      this.report({ state: 'error', error: e.code, errorParams: e.params });
    });
    return this.queue as Promise<void>;
  }

  private report(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    this.opts.onStatus(this.status);
  }

  /** Waits until every queued bridge step is done (for tests and benchmarks). */
  async idle(): Promise<void> {
    let seen: Promise<unknown>;
    do {
      seen = this.queue;
      await seen;
      await new Promise((r) => setTimeout(r, 50));
    } while (seen !== this.queue);
  }
}

/** Deletes the replica and sync's bookkeeping (turning sync off; the user's data stays). */
export async function deleteReplica(PouchDB: PouchConstructor, opts: { adapter?: string; replicaName?: string; syncDbName?: string } = {}): Promise<void> {
  await new PouchDB(opts.replicaName ?? REPLICA_NAME, { adapter: opts.adapter ?? 'indexeddb' }).destroy();
  await Dexie.delete(opts.syncDbName ?? SYNC_DB_NAME);
  await deleteDatabase(LEGACY_REPLICA_DB);
}

/** Is there a replica in the older layout? Then it goes, and with it the bookkeeping that points into it. */
export async function dropLegacyReplica(sdb: SyncDb): Promise<void> {
  const names = (await indexedDB.databases?.().catch(() => [])) ?? [];
  if (!names.some((d) => d.name === LEGACY_REPLICA_DB)) return;
  await deleteDatabase(LEGACY_REPLICA_DB);
  await sdb.transaction('rw', sdb.docs, sdb.meta, () => Promise.all([sdb.docs.clear(), sdb.meta.clear()]));
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((done, fail) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => done();
    req.onerror = () => fail(req.error);
    // Another page holding it open delays the deletion; it completes once that page lets go.
    req.onblocked = () => done();
  });
}

export { SyncError };

/**
 * PouchDB's replication asks the source for `info()` after each batch only to report progress,
 * and never handles that request failing (pouchdb-replication 9.0, `src.info().then(…)`): a
 * server going away right then became an unhandled rejection. Answer such a call with the last
 * good info; the replication itself still notices the server is gone through its own requests.
 */
export function keepLastInfo(remote: PouchDatabase): void {
  const info = remote.info.bind(remote);
  let last: Awaited<ReturnType<PouchDatabase['info']>> | undefined;
  remote.info = async () => {
    try {
      last = await info();
      return last;
    } catch (error) {
      if (last) return last;
      throw error;
    }
  };
}
