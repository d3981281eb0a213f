import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A plain exchange file around any payload, checksum included: what a hostile or broken partner
 * can send. Computed here, not by the product's writer, so a test can forge what it would refuse.
 */
export function forgedExchangeText(payload: Record<string, unknown>, over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format: 'tandem-tips/exchange',
    schemaVersion: 1,
    createdAt: payload.createdAt,
    encrypted: false,
    sha256: createHash('sha256').update(JSON.stringify(payload)).digest('hex'),
    payload,
    ...over,
  });
}

/** The forged file written to disk, for a file chooser. */
export function forgedExchangeFileOnDisk(name: string, payload: Record<string, unknown>): string {
  const text = forgedExchangeText(payload);
  const path = join(tmpdir(), `${Date.now()}-${name}.tandem.json`);
  writeFileSync(path, text);
  return path;
}

/** The payload of a partner's exchange file; override the tables a test is about. */
export function partnerPayload(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    from: { name: 'Mia', role: 'mentor', device: 'device-partner-0001' },
    createdAt: Date.now() - 60_000,
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
