import type { Settings } from './settings-schema';

export type { Role, Settings } from './settings-schema';

export const defaultSettings: Settings = { lang: 'auto', role: 'mentee', myName: '', partnerName: '' };

// Every panel start reads the settings: these plain checks say what settingsSchema says (a test
// holds them to it) without putting a validation library in the start-up script.
const oneOf =
  <T extends string>(...values: T[]) =>
  (value: unknown): T | undefined =>
    values.find((v) => v === value);
const name = (value: unknown): string | undefined => {
  const trimmed = typeof value === 'string' ? value.trim() : undefined;
  return trimmed !== undefined && trimmed.length <= 80 ? trimmed : undefined;
};
const fields: { [K in keyof Settings]: (value: unknown) => Settings[K] | undefined } = {
  lang: oneOf('auto', 'de', 'en'),
  role: oneOf('mentee', 'mentor', 'both'),
  myName: name,
  partnerName: name,
};

/** Settings from storage, falling back field by field to the defaults when stored data is bad. */
export function parseSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const result: Record<string, unknown> = { ...defaultSettings };
  for (const [key, check] of Object.entries(fields)) {
    const value = check(source[key]);
    if (value !== undefined) result[key] = value;
  }
  return result as Settings;
}
