// Tandem sync at scale, through the real extension in two Chromium profiles and a real
// CouchDB-protocol server (PouchDB Server, started here on a free port):
//  - a shared question saved in one side panel → shown in the other's open meeting prep;
//  - a first sync of 10,000 records (9,000 notes, 500 goals, 500 meetings) already on the server:
//    the Pair click → every record decrypted, checked, merged and in IndexedDB.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { createTandem, type CreatedTandem } from '../lib/sync/create-tandem.ts';
import { sealDoc } from '../lib/sync/docs.ts';
import { inviteToCode, type Invite } from '../lib/sync/invite.ts';
import { deriveKeys } from '../lib/sync/keys.ts';
import { launchBrowser, serviceWorkerOf, waitForSeed } from '../test/e2e/extension.ts';
import { ADMIN, startCouchServer, type CouchServer } from '../test/support/couch-server.ts';
import { generators } from './scale-data.ts';

const E2E = resolve('.output/chrome-mv3-e2e');

interface Side {
  context: BrowserContext;
  sw: Worker;
  panel: Page;
  dir: string;
}

async function open(invite: Invite, view: string): Promise<Side> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-sync-'));
  const context = await launchBrowser(dir, 'en', E2E);
  await context.route((url) => url.hostname === '127.0.0.1', (route) => route.continue());
  const sw = await serviceWorkerOf(context);
  await waitForSeed(sw);
  const linkedin = await context.newPage();
  await linkedin.goto('https://www.linkedin.com/feed/');
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.goto(`chrome-extension://${new URL(sw.url()).host}/sidepanel.html#exchange`);
  await panel.getByTestId('sync-invite').fill(inviteToCode(invite));
  await panel.getByRole('button', { name: 'Pair and turn on sync' }).click();
  await panel.getByTestId('sync-status').filter({ hasText: /Synced at/ }).waitFor({ timeout: 120_000 });
  await panel.goto(panel.url().replace(/#.*$/, `#${view}`));
  return { context, sw, panel, dir };
}

async function close(side: Side | undefined) {
  if (!side) return;
  await side.context.close();
  rmSync(side.dir, { recursive: true, force: true });
}

/** Milliseconds from "Save note" in one panel to the question in the other's open meeting prep. */
export async function sharedNoteLatency(runs: number): Promise<number[]> {
  const server = await startCouchServer({ inMemory: true });
  let mentee: Side | undefined;
  let mentor: Side | undefined;
  try {
    const t = await createTandem({ server: server.url, admin: ADMIN, name: 'bench-latency' });
    mentee = await open(t.mentee, 'tips');
    mentor = await open(t.mentor, 'meeting');
    await mentor.panel.evaluate(() => {
      const seen: Record<string, number> = {};
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll('[data-testid="open-questions"] li')) {
          const m = /BENCH-(\d+)/.exec(el.textContent ?? '');
          if (m && seen[m[1]!] === undefined) seen[m[1]!] = Date.now();
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const samples: number[] = [];
    const composer = mentee.panel.getByTestId('note-composer');
    for (let i = 0; i < runs; i++) {
      await composer.getByRole('radio', { name: /^Question for my mentor/ }).check();
      await composer.getByRole('textbox', { name: /Your note/ }).fill(`BENCH-${i} How do I share a dashboard?`);
      await composer.getByRole('radio', { name: 'Shared with my tandem partner' }).check();
      const t0 = await mentee.panel.evaluate(() => Date.now());
      await composer.getByRole('button', { name: 'Save note' }).click();
      await mentor.panel.waitForFunction((n) => (window as unknown as { __seen: Record<string, number> }).__seen[n] !== undefined, String(i), { timeout: 60_000 });
      samples.push((await mentor.panel.evaluate((n) => (window as unknown as { __seen: Record<string, number> }).__seen[n]!, String(i))) - t0);
      await mentee.panel.waitForTimeout(500);
    }
    return samples;
  } finally {
    await close(mentee);
    await close(mentor);
    await server.stop();
  }
}

/** Puts `counts` encrypted records on the server, as the partner's client would have. */
async function seedServer(server: CouchServer, t: CreatedTandem, counts: { notes: number; goals: number; meetings: number }): Promise<void> {
  const g = generators(11);
  const keys = await deriveKeys(t.mentor.key);
  const contexts = ['linkedin.feed', 'excel.formulas', 'tableau.view'];
  const bodies = [
    ...Array.from({ length: counts.notes }, (_, i) => ({ t: 'notes' as const, r: g.note(`partner-note-${i}`, g.pick(contexts), i, [], 'shared') })),
    ...Array.from({ length: counts.goals }, (_, i) => ({ t: 'goals' as const, r: g.goal(`partner-goal-${i}`, i) })),
    ...Array.from({ length: counts.meetings }, (_, i) => ({ t: 'meetings' as const, r: g.meeting(`partner-meeting-${i}`, i) })),
  ];
  for (let i = 0; i < bodies.length; i += 1_000) {
    const docs = await Promise.all(bodies.slice(i, i + 1_000).map((b) => sealDoc(keys, b as Parameters<typeof sealDoc>[1])));
    const res = await server.admin('POST', `/${t.db}/_bulk_docs`, { docs });
    if (res.status >= 300) throw new Error(`seeding the server failed: ${JSON.stringify(res.json).slice(0, 300)}`);
  }
}

const countIn = (sw: Worker) =>
  sw.evaluate(
    () =>
      new Promise<number>((done) => {
        const req = indexedDB.open('tandem-tips');
        req.onsuccess = () => {
          const tx = req.result.transaction(['notes', 'goals', 'meetings']);
          let total = 0;
          let pending = 3;
          for (const store of ['notes', 'goals', 'meetings']) {
            const c = tx.objectStore(store).count();
            c.onsuccess = () => {
              total += c.result;
              if (--pending === 0) {
                req.result.close();
                done(total);
              }
            };
          }
        };
      }),
  );

const replicaCount = (sw: Worker) =>
  sw.evaluate(
    async () =>
      !(await indexedDB.databases()).some((d) => d.name === '_pouch_tandem-replica')
        ? -1
        : new Promise<number>((done) => {
        const req = indexedDB.open('_pouch_tandem-replica');
        req.onsuccess = () => {
          if (!req.result.objectStoreNames.contains('docs')) return done(-1);
          const c = req.result.transaction('docs').objectStore('docs').count();
          c.onsuccess = () => {
            req.result.close();
            done(c.result);
          };
        };
        req.onerror = () => done(-2);
      }),
  );

/** Milliseconds from the Pair click to 10,000 records merged and written (plus the replication's share). */
export async function firstSync(counts = { notes: 9_000, goals: 500, meetings: 500 }): Promise<{ totalMs: number; records: number; mergeMs: number }> {
  const server = await startCouchServer({ inMemory: true });
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-sync-'));
  let context: BrowserContext | undefined;
  try {
    const t = await createTandem({ server: server.url, admin: ADMIN, name: 'bench-first' });
    await seedServer(server, t, counts);
    context = await launchBrowser(dir, 'en', E2E);
    await context.route((url) => url.hostname === '127.0.0.1', (route) => route.continue());
    if (process.env.BENCH_SYNC_TRACE) context.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
    if (process.env.BENCH_SYNC_TRACE) context.on('requestfailed', (r) => console.log('failed', r.url().slice(0, 120), r.failure()?.errorText));
    const sw = await serviceWorkerOf(context);
    await waitForSeed(sw);
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.goto(`chrome-extension://${new URL(sw.url()).host}/sidepanel.html#exchange`);
    await panel.getByTestId('sync-invite').fill(inviteToCode(t.mentee));
    const want = counts.notes + counts.goals + counts.meetings;
    const t0 = Date.now();
    await panel.getByRole('button', { name: 'Pair and turn on sync' }).click();
    let records = 0;
    while (records < want) {
      if (Date.now() - t0 > 300_000) throw new Error(`first sync incomplete after 300 s: ${records} of ${want}`);
      await new Promise((r) => setTimeout(r, 100));
      records = await countIn(sw);
      if (process.env.BENCH_SYNC_TRACE) {
        const status = await sw.evaluate(() => (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<unknown> } } } }).chrome.storage.session.get('tandem.syncStatus'));
        console.log(Date.now() - t0, 'records', records, 'replica', await replicaCount(sw), JSON.stringify(status), (await panel.getByTestId('sync-section').innerText()).slice(-200).replace(/\n/g, ' | '));
      }
    }
    const mergeMs = await sw.evaluate(() => performance.getEntriesByName('tandem:sync-merge').reduce((n, e) => n + e.duration, 0));
    return { totalMs: Date.now() - t0, records, mergeMs };
  } finally {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
    await server.stop();
  }
}
