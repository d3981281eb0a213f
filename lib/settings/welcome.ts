import { storage } from 'wxt/utils/storage';

/**
 * Where this browser is with the first-run welcome: `started` while it is being answered (the
 * language or a name may already be saved), `finished` or `skipped` once it is out of the way.
 */
export interface WelcomeState {
  how: 'started' | 'finished' | 'skipped';
  at: number;
}

// Read on every panel start, so a plain check rather than a validation library in the start-up script.
function isWelcomeState(raw: unknown): raw is WelcomeState {
  if (typeof raw !== 'object' || raw === null) return false;
  const { how, at } = raw as Record<string, unknown>;
  return (how === 'started' || how === 'finished' || how === 'skipped') && typeof at === 'number' && !Number.isNaN(at);
}

const welcomeItem = storage.defineItem<WelcomeState | null>('local:welcome', { fallback: null });

/**
 * Does the panel open with the welcome? On a fresh profile (no welcome answered and no settings
 * ever saved — a browser set up before the welcome existed, or restored from a backup, has
 * settings), and until a welcome that was started is finished or skipped.
 */
export async function isFirstRun(): Promise<boolean> {
  const [raw, settings] = await Promise.all([welcomeItem.getValue(), storage.getItem('local:settings')]);
  if (isWelcomeState(raw)) return raw.how === 'started';
  return settings === null;
}

/** Records how far the welcome got. */
export async function setWelcome(how: WelcomeState['how'], now = Date.now()): Promise<void> {
  await welcomeItem.setValue({ how, at: now });
}
