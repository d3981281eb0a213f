import { z } from 'zod';

/** Preferences kept in `storage.local` (small, read before the database opens). */
export const settingsSchema = z.object({
  lang: z.enum(['auto', 'de', 'en']),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { lang: 'auto' };

/** Settings from storage, falling back field by field to the defaults when stored data is bad. */
export function parseSettings(raw: unknown): Settings {
  const result = settingsSchema.partial().safeParse(raw ?? {});
  return { ...defaultSettings, ...(result.success ? result.data : {}) };
}
