import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { resolveLang } from '@/lib/i18n/translate';
import { onMessage } from '@/lib/messaging/protocol';
import { loadSettings } from '@/lib/settings/settings-store';
import { syncConfigItem, syncStatusItem, type SyncConfig } from '@/lib/sync/config';
import { LEGACY_REPLICA_DB, REPLICA_NAME, SyncEngine, deleteReplica } from '@/lib/sync/engine';
import { PouchDB } from '@/lib/sync/pouch';
import { SYNC_DB_NAME } from '@/lib/sync/sync-db';

const SYNC_ALARM = 'tandem-sync';
let engine: { key: string; engine: SyncEngine } | undefined;
let chain: Promise<void> = Promise.resolve();

const keyOf = (c: SyncConfig) => `${c.invite.server}|${c.invite.db}|${c.invite.user}|${c.pairedAt}`;

/** Is a replica left from an earlier pairing (e.g. after "delete all my data")? */
async function hasReplica(): Promise<boolean> {
  const names = (await indexedDB.databases?.().catch(() => [])) ?? [];
  return names.some((d) => d.name === `_pouch_${REPLICA_NAME}` || d.name === LEGACY_REPLICA_DB || d.name === SYNC_DB_NAME);
}

/** Runs sync when this browser is paired, stops it (and deletes the replica) when not. */
async function ensureSync(): Promise<void> {
  const config = await syncConfigItem.getValue();
  if (engine && config && engine.key === keyOf(config)) return;
  if (engine) {
    await engine.engine.stop();
    engine = undefined;
  }
  if (!config) {
    await browser.alarms.clear(SYNC_ALARM);
    await syncStatusItem.setValue({ state: 'off', waiting: 0 });
    if (await hasReplica()) await deleteReplica(PouchDB);
    return;
  }
  const settings = await loadSettings();
  const next = new SyncEngine({
    db: getDb(),
    config,
    lang: resolveLang(settings.lang, browser.i18n.getUILanguage()),
    partnerName: config.invite.partnerName || settings.partnerName,
    PouchDB,
    onStatus: (status) => void syncStatusItem.setValue(status),
  });
  engine = { key: keyOf(config), engine: next };
  // The worker may be stopped when idle: the alarm wakes it to carry on.
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
  await next.start();
}

const ensure = () => {
  chain = chain.then(ensureSync).catch((error: unknown) => console.error('Tandem Tips: sync not started', error));
};

/**
 * Opt-in sync runs here, in the background, when this browser is paired: live while the worker
 * runs (an open panel keeps it awake), resumed by an alarm when it was stopped. Nothing of it
 * runs, and no request is made, until the person pairs.
 */
export function wireSync(): void {
  onMessage('syncKick', ensure);
  syncConfigItem.watch(ensure);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) ensure();
  });
  ensure();
}
