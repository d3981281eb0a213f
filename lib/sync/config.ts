import { storage } from 'wxt/utils/storage';
import type { Invite } from './invite';
import type { IssueInfo } from '../i18n/issues';
import type { SyncErrorCode } from './errors';

/** This browser's pairing (kept in `storage.local` only): the invite it joined with. */
export interface SyncConfig {
  invite: Invite;
  pairedAt: number;
}
export const syncConfigItem = storage.defineItem<SyncConfig | null>('local:tandem.sync', { fallback: null });

/** What sync is doing, in words for the panel. Written by whoever runs sync, read by every panel. */
export interface SyncStatus {
  state: 'off' | 'connecting' | 'synced' | 'syncing' | 'offline' | 'error';
  /** When everything was last in step with the server. */
  syncedAt?: number;
  /** Local changes not yet on the server. */
  waiting: number;
  /** Why sync stopped or is waiting. */
  error?: SyncErrorCode;
  errorParams?: Record<string, string | number>;
  /** Documents from the server that were refused (not written), with the last reason. */
  refused?: { count: number; code: SyncErrorCode; params: Record<string, string | number>; issue?: IssueInfo };
}
export const syncStatusItem = storage.defineItem<SyncStatus>('session:tandem.syncStatus', { fallback: { state: 'off', waiting: 0 } });

/** Only builds for testing may talk to a server on this computer over plain `http:`. */
export const allowLocalHttp = import.meta.env.MODE !== 'production';
