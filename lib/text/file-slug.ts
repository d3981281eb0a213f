/**
 * A name as the lower-case ASCII part of a file name: "Peter Müller" → "peter-muller",
 * "Mia’s tips" → "mia-s-tips"; `fallback` when nothing is left.
 */
export function fileSlug(name: string, fallback: string): string {
  return (
    name
      .replace(/ß/g, 'ss')
      // Letters with accents lose the accent, not the letter (NFKD splits them into letter + mark).
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || fallback
  );
}
