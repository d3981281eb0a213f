// zod/mini, like the settings: read on every panel start.
import * as z from 'zod/mini';
import { storage } from 'wxt/utils/storage';

/**
 * Where this browser is with the first-run welcome: `started` while it is being answered (the
 * language or a name may already be saved), `finished` or `skipped` once it is out of the way.
 */
export const welcomeStateSchema = z.object({
  how: z.enum(['started', 'finished', 'skipped']),
  at: z.number(),
});
export type WelcomeState = z.infer<typeof welcomeStateSchema>;

const welcomeItem = storage.defineItem<WelcomeState | null>('local:welcome', { fallback: null });

/**
 * Does the panel open with the welcome? On a fresh profile (no welcome answered and no settings
 * ever saved — a browser set up before the welcome existed, or restored from a backup, has
 * settings), and until a welcome that was started is finished or skipped.
 */
export async function isFirstRun(): Promise<boolean> {
  const [raw, settings] = await Promise.all([welcomeItem.getValue(), storage.getItem('local:settings')]);
  const state = welcomeStateSchema.safeParse(raw);
  if (state.success) return state.data.how === 'started';
  return settings === null;
}

/** Records how far the welcome got. */
export async function setWelcome(how: WelcomeState['how'], now = Date.now()): Promise<void> {
  await welcomeItem.setValue({ how, at: now });
}
