import { storage } from 'wxt/utils/storage';
import { defaultSettings, parseSettings, type Settings } from './settings';

const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: defaultSettings });

/** The current settings. */
export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Change some settings, keeping the rest. */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await settingsItem.setValue({ ...(await loadSettings()), ...patch });
}

/** Call back whenever settings change in any extension page. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}
