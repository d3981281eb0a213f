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

/** SHA-256 of a text as hex, computed here so a test can forge a file without the product's writer. */
export async function sha256(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A plain exchange file around any payload, checksum included: what a hostile partner can send. */
export async function forgedExchangeFile(payload: Record<string, unknown>, over: Record<string, unknown> = {}): Promise<string> {
  return JSON.stringify({
    format: 'tandem-tips/exchange',
    schemaVersion: 1,
    createdAt: payload.createdAt,
    encrypted: false,
    sha256: await sha256(JSON.stringify(payload)),
    payload,
    ...over,
  });
}

/** The payload of a partner's exchange file; override the tables the test is about. */
export function partnerPayload(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    from: { name: 'Mia', role: 'mentor', device: 'device-partner-0001' },
    createdAt: Date.UTC(2026, 10, 20),
    ack: null,
    notes: [],
    goals: [],
    meetings: [],
    tandem: [],
    tips: [],
    progress: [],
    ...over,
  };
}

export const MY_DEVICE = 'device-mine-00001';
