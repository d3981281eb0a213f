/** Only these link targets survive in user-authored or imported markdown. */
const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

/** The parsed URL, or null when it does not parse (relative, garbage). */
function parseUrl(url: string): URL | null {
  try {
    return new URL(url.trim());
  } catch {
    return null;
  }
}

/** The URL when it is an https: or mailto: link, otherwise null (javascript:, data:, http:, relative…). */
export function safeLinkUrl(url: string): string | null {
  const parsed = parseUrl(url);
  return parsed && ALLOWED_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}

/** Is this an absolute https: link to a named host (what a lesson's source must be)? */
export function isHttpsUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed?.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}
