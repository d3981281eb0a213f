import { migrateV1toV2, packFileV1Schema } from './v1-to-v2';
import { migrateV2toV3, packFileV2Schema } from './v2-to-v3';
import { migrateV3toV4, packFileV3Schema } from './v3-to-v4';

/** One step from version `from` to `from + 1`; returns null when the file is not a valid `from` file. */
interface Migration {
  from: number;
  migrate: (file: unknown) => Record<string, unknown> | null;
}

/** Every migration, oldest first; a file walks up the chain to the current version. */
export const migrations: readonly Migration[] = [
  {
    from: 1,
    migrate: (file) => {
      const parsed = packFileV1Schema.safeParse(file);
      return parsed.success ? migrateV1toV2(parsed.data) : null;
    },
  },
  {
    from: 2,
    migrate: (file) => {
      const parsed = packFileV2Schema.safeParse(file);
      return parsed.success ? migrateV2toV3(parsed.data) : null;
    },
  },
  {
    from: 3,
    migrate: (file) => {
      const parsed = packFileV3Schema.safeParse(file);
      return parsed.success ? migrateV3toV4(parsed.data) : null;
    },
  },
];

/** Brings an older file up to `target`; null when a step does not accept it. */
export function migratePackFile(file: Record<string, unknown>, from: number, target: number): Record<string, unknown> | null {
  let current: Record<string, unknown> | null = file;
  for (let version = from; version < target && current; version++) {
    const step = migrations.find((m) => m.from === version);
    current = step ? step.migrate(current) : null;
  }
  return current;
}
