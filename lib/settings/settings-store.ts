import { storage } from 'wxt/utils/storage';
import { defaultSettings, parseSettings, type Settings } from './settings';

const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: defaultSettings });

/** The current settings. */
export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

// Saves run one after another: two quick changes (a name typed, then the role clicked) would
// otherwise both read the old settings and the later write would undo the earlier one.
let saving: Promise<unknown> = Promise.resolve();

/** Change some settings, keeping the rest (including changes still being saved from this page). */
export function saveSettings(patch: Partial<Settings>): Promise<void> {
  const run = saving.then(async () => settingsItem.setValue({ ...(await loadSettings()), ...patch }));
  // The caller gets the failure through `run`; the next save must still run.
  saving = run.catch(() => undefined);
  return run;
}

/** Call back whenever settings change in any extension page. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
