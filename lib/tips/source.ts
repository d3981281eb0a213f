import { isHttpsUrl } from '../markdown/safe-url';
import type { Lang } from '../schemas/common';
import type { Tip } from '../schemas/tip';

/** What the "Learn more" link of a tip shows: where it goes, and when the lesson was checked against it. */
export interface SourceLink {
  href: string;
  /** The site in words, without `www.`: "support.microsoft.com". */
  host: string;
  /** The check date in the UI language ("29. November 2026"), when the tip has one. */
  checkedOn?: string;
}

/** The tip's source as a link to show, or null when it has none (or one that is not https:). */
export function sourceLinkOf(tip: Pick<Tip, 'source' | 'checkedAt'>, lang: Lang): SourceLink | null {
  if (!tip.source || !isHttpsUrl(tip.source)) return null;
  const url = new URL(tip.source.trim());
  const link: SourceLink = { href: url.href, host: url.hostname.replace(/^www\./, '') };
  // A plain date names a day, not an instant: format it in UTC so no time zone moves it.
  if (tip.checkedAt) link.checkedOn = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${tip.checkedAt}T00:00:00Z`));
  return link;
}
