import { storage } from 'wxt/utils/storage';

const deviceItem = storage.defineItem<string>('local:tandem.device', { init: () => crypto.randomUUID() });

/** A random id of this browser profile, written into exchange files (never anything identifying). */
export async function deviceId(): Promise<string> {
  return deviceItem.getValue();
}
