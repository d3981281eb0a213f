import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { defaultSettings, type Settings } from '@/lib/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '@/lib/settings/settings-store';
import { earlyRead } from './early-read';

interface SettingsValue {
  settings: Settings;
  /** False until the stored settings were read. */
  loaded: boolean;
  save: (patch: Partial<Settings>) => Promise<void>;
}

const SettingsContext = createContext<SettingsValue | null>(null);

/** The stored settings, read as the page starts (see early-read). */
export const startupSettings = earlyRead(loadSettings);

/** Settings from storage.local, live across the panel, options page and other windows. */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    void startupSettings.take().then((s) => {
      if (!alive) return;
      setSettings(s);
      setLoaded(true);
    });
    const unwatch = watchSettings(setSettings);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  // Shown at once, stored after: a clicked radio button does not spring back while storage writes.
  const save = useCallback(async (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    await saveSettings(patch);
  }, []);
  return <SettingsContext value={{ settings, loaded, save }}>{children}</SettingsContext>;
}

export function useSettings(): SettingsValue {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside SettingsProvider');
  return value;
}
