/** Only these link targets survive in user-authored or imported markdown. */
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

/** The URL when it is an https: or mailto: link, otherwise null (javascript:, data:, http:, relative…). */
export function safeLinkUrl(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  } catch {
    return null;
  }
}
