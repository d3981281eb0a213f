// zod/mini: the same schemas with a tree-shakable API. Checked where settings travel (backups,
// exchange files); the panel's start reads them with the plain checks in settings.ts instead.
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
