import { browser } from 'wxt/browser';
import type { ProtocolMap } from './protocol';

/**
 * Sends a page → background message of the one protocol, in the envelope `@webext-core/messaging`
 * reads (`type`, `data`, `id`, `timestamp`), without shipping that library's error serialisation
 * in the always-on content scripts (2.5 KB of their 15 KB budget). Fire and forget.
 */
export function sendFromPage<K extends 'contextDetected' | 'frameUnloaded'>(type: K, ...data: Parameters<ProtocolMap[K]>): Promise<unknown> {
  return browser.runtime.sendMessage({ id: Math.floor(Math.random() * 1e4), type, data: data[0], timestamp: Date.now() });
}
