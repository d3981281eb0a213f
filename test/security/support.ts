import { forgedExchangeText, partnerPayload as payloadAt } from './forge';
import { afterEach, beforeEach } from 'vitest';
import { TandemDb } from '../../lib/db/db';

let n = 0;

/** A fresh database per test, deleted afterwards (fake-indexeddb). */
export function freshDb(name: string): () => TandemDb {
  let db: TandemDb;
  beforeEach(() => {
    db = new TandemDb(`security-${name}-${n++}`);
  });
  afterEach(async () => {
    await db.delete();
  });
  return () => db;
}

/** A plain exchange file around any payload, checksum included: what a hostile partner can send. */
export const forgedExchangeFile = async (payload: Record<string, unknown>, over: Record<string, unknown> = {}): Promise<string> => forgedExchangeText(payload, over);

/** The payload of a partner's exchange file at a fixed time; override the tables the test is about. */
export const partnerPayload = (over: Record<string, unknown> = {}): Record<string, unknown> => payloadAt({ createdAt: Date.UTC(2026, 10, 20), ...over });

export const MY_DEVICE = 'device-mine-00001';
