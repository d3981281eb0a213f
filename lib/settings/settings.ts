// zod/mini: the same schemas with a tree-shakable API, because settings are read on every panel
// start and the full zod build would be most of a 90 KB in the start-up bundle.
import * as z from 'zod/mini';

export const roleSchema = z.enum(['mentee', 'mentor', 'both']);
export type Role = z.infer<typeof roleSchema>;

/** Preferences kept in `storage.local` (small, read before the database opens). */
export const settingsSchema = z.object({
  /** UI language: follow the browser, or the user's choice. */
  lang: z.enum(['auto', 'de', 'en']),
  /** What I do in the tandem: mentors write tips, mentees learn, some do both. */
  role: roleSchema,
  myName: z.string().check(z.trim(), z.maxLength(80)),
  partnerName: z.string().check(z.trim(), z.maxLength(80)),
});
export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = { lang: 'auto', role: 'mentee', myName: '', partnerName: '' };

/** Settings from storage, falling back field by field to the defaults when stored data is bad. */
export function parseSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const result: Record<string, unknown> = { ...defaultSettings };
  for (const [key, field] of Object.entries(settingsSchema.shape)) {
    const parsed = field.safeParse(source[key]);
    if (parsed.success) result[key] = parsed.data;
  }
  return result as Settings;
}
