import { sendMessage, type ProtocolMap } from '@/lib/messaging/protocol';

/** Tell open extension pages (side panel, options); nobody listening is fine. */
export function broadcast<K extends 'tabContextChanged' | 'activeTabChanged'>(type: K, data: Parameters<ProtocolMap[K]>[0]): void {
  sendMessage(type, data as never).catch(() => undefined);
}
