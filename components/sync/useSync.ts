import { useEffect, useState } from 'react';
import { syncConfigItem, syncStatusItem, type SyncConfig, type SyncStatus } from '@/lib/sync/config';

/** This browser's pairing and the sync state, kept current (`undefined` while loading). */
export function useSync(): { config: SyncConfig | null | undefined; status: SyncStatus | undefined } {
  const [config, setConfig] = useState<SyncConfig | null>();
  const [status, setStatus] = useState<SyncStatus>();
  useEffect(() => {
    let live = true;
    void syncConfigItem.getValue().then((c) => live && setConfig(c));
    void syncStatusItem.getValue().then((s) => live && setStatus(s));
    const unwatch = [syncConfigItem.watch((c) => setConfig(c)), syncStatusItem.watch((s) => setStatus(s))];
    return () => {
      live = false;
      for (const u of unwatch) u();
    };
  }, []);
  return { config, status };
}
