import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db/db';
import { ensureBuiltinPack } from '@/lib/db/seed';
import { buildStarterPack } from '@/lib/packs/starter-pack';

// The badges recount by themselves once the pack is written (see ./changes.ts).
async function seed(): Promise<void> {
  await ensureBuiltinPack(getDb(), buildStarterPack());
}

/** Install the starter pack on install, upgrade it on update; a cheap check on each start. */
export function wireSeeding(): void {
  browser.runtime.onInstalled.addListener(() => {
    seed().catch((error: unknown) => console.error('Tandem Tips: starter pack not installed', error));
  });
  browser.runtime.onStartup.addListener(() => {
    seed().catch((error: unknown) => console.error('Tandem Tips: starter pack check failed', error));
  });
}
