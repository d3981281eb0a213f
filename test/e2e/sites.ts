import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';

/**
 * Serves the saved pages in `test/fixtures/` in place of the real LinkedIn, Excel for the web and
 * Tableau sites, so end-to-end tests run offline: a readable table maps each URL to a fixture per
 * language, unknown paths on those sites get the site's own kind of 404 page, and every request to
 * any other host is aborted.
 */

export type SiteLang = 'de' | 'en';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures');

/** `linkedin/feed-en` → …/test/fixtures/linkedin/feed-en.html; names with an extension are taken as is. */
export function fixturePath(name: string): string {
  return join(FIXTURE_DIR, extname(name) ? name : `${name}.html`);
}

const cache = new Map<string, string>();

/** The saved page's text (read once per process). */
export function readFixture(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(fixturePath(name), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** What a route row sees of a request. */
interface Req {
  url: URL;
  lang: SiteLang;
  /** The path regex's match against `pathname + search`. */
  m: RegExpMatchArray;
}

interface RouteRow {
  /** Hostname. */
  host: RegExp;
  /** Tested against `pathname + search` (the hash never reaches the server). */
  path: RegExp;
  /** Fixture name (or one per language, or computed). */
  fixture: string | Record<SiteLang, string> | ((req: Req) => string);
  status?: number;
}

const linkedinHost = /^(www\.)?linkedin\.com$/;
const officeappsHost = /^[a-z0-9-]+\.officeapps\.live\.com$/;
const officeHost = /^www\.office\.com$/;
const sharepointHost = /^[a-z0-9-]+\.sharepoint\.com$/;
/** Tableau Cloud pods, and tableau.example.org standing in for a self-hosted Tableau Server. */
const tableauCloudHost = /^([a-z0-9-]+\.online\.tableau\.com|tableau\.example\.org)$/;
const tableauPublicHost = /^public\.tableau\.com$/;

/** The own profile of the signed-in member in the saved pages, per language. */
export const OWN_SLUG: Record<SiteLang, string> = { en: 'peter-miller-senior', de: 'peter-mueller-senior' };
const ownSlugLang = (slug: string, lang: SiteLang): SiteLang | undefined =>
  slug === OWN_SLUG.de ? 'de' : slug === OWN_SLUG.en ? 'en' : slug === 'me' ? lang : undefined;

/** A workbook frame's language comes from its `ui=` parameter (`ui=de-DE`), else the test's. */
const frameLang = ({ url, lang }: Req): SiteLang => {
  const ui = url.searchParams.get('ui') ?? '';
  return /^de/i.test(ui) ? 'de' : /^en/i.test(ui) ? 'en' : lang;
};

/**
 * URL → fixture, first match wins. `{ de, en }` picks by the test's language (`routeSites(…, { lang })`).
 * Anything not listed on these hosts gets the site's 404 page (see `notFound`).
 */
export const SITE_ROUTES: readonly RouteRow[] = [
  // ── LinkedIn (a single-page app: test/fixtures/linkedin/spa.js swaps these in on link clicks) ──
  { host: linkedinHost, path: /^\/(feed\/?)?\?(.*&)?shareActive=true/, fixture: { de: 'linkedin/feed-composer-de', en: 'linkedin/feed-composer-en' } },
  { host: linkedinHost, path: /^\/(feed(\/.*)?)?([?#].*)?$/, fixture: { de: 'linkedin/feed-de', en: 'linkedin/feed-en' } },
  {
    // /in/peter-miller-senior/edit/intro/ (and the other profile forms) → own profile with "Edit intro" open
    host: linkedinHost,
    path: /^\/in\/([^/?#]+)\/(edit|add-edit)\//,
    fixture: ({ m, lang }) => {
      const own = ownSlugLang(m[1]!, lang);
      return own ? `linkedin/profile-edit-${own}` : 'linkedin/not-found-' + lang;
    },
  },
  {
    // /in/<slug>/ → the member's own profile for the own slugs, someone else's profile otherwise
    host: linkedinHost,
    path: /^\/in\/([^/?#]+)\/?([?#].*)?$/,
    fixture: ({ m, lang }) => {
      const own = ownSlugLang(m[1]!, lang);
      return own ? `linkedin/profile-own-${own}` : 'linkedin/profile-other-de';
    },
  },
  { host: linkedinHost, path: /^\/search\/results\//, fixture: 'linkedin/search-results-de' },
  { host: /^static\.licdn\.com$/, path: /^\/sc\/h\/tandem-spa\.js$/, fixture: 'linkedin/spa.js' },

  // ── Excel for the web ──
  // The workbook frame: Formeln selected in German (ui=de-DE), Home selected in English.
  {
    host: officeappsHost,
    path: /^\/x\/_layouts\/xlviewerinternal\.aspx(\?|$)/,
    fixture: (req) => (frameLang(req) === 'de' ? 'excel/workbook-formulas-de' : 'excel/workbook-home-en'),
  },
  // Microsoft 365 shell hosting a workbook (German page with a ui=de-DE frame; English with ui=en-US).
  { host: officeHost, path: /^\/launch\/excel\?(.*&)?docId=/i, fixture: { de: 'excel/host-office-com', en: 'excel/host-office-com-en' } },
  // SharePoint / OneDrive for work: Doc.aspx for a workbook, and /:x:/ sharing links (which land there).
  { host: sharepointHost, path: /\/_layouts\/15\/Doc\.aspx\?(.*&)?file=[^&]+\.xls[xmb]?(&|$)/i, fixture: 'excel/host-sharepoint-de' },
  { host: sharepointHost, path: /^\/:x:\//, fixture: 'excel/host-sharepoint-de' },

  // ── Tableau Cloud ──
  // Vizportal routes live in the hash (#/site/acme/views/Superstore/Sales), so the server only sees "/".
  { host: tableauCloudHost, path: /^\/(\?.*)?$/, fixture: { de: 'tableau/cloud-view-dashboard-de', en: 'tableau/cloud-view-en' } },
  {
    host: tableauCloudHost,
    path: /^(\/t\/[^/]+)?\/authoring\/[^/]+\/([^/?#]+)/,
    fixture: ({ m }) => (/^(overview|dashboard)/i.test(decodeURIComponent(m[2]!)) ? 'tableau/authoring-dashboard-en' : 'tableau/authoring-sheet-en'),
  },
  {
    // The viz itself (the view page's "Data Visualization" iframe, or a direct embed link).
    host: tableauCloudHost,
    path: /^(\/t\/([^/]+))?\/views\/[^/]+\/([^/?#]+)/,
    fixture: ({ m }) => (m[2] === 'vertrieb' || /dashboard/i.test(m[3]!) ? 'tableau/viz-dashboard-de' : 'tableau/viz-sales-en'),
  },

  // ── Tableau Public ──
  { host: tableauPublicHost, path: /^\/app\/profile\/[^/]+\/viz\/[^/]+\/[^/?#]+/, fixture: 'tableau/public-viz-en' },
  { host: tableauPublicHost, path: /^\/(views|shared)\/[^/]+/, fixture: 'tableau/viz-public-en' },
];

/** One page a person opens in each saved tool (frames and scripts are loaded by these). */
export interface ToolPage {
  tool: 'linkedin' | 'excel' | 'tableau';
  label: string;
  url: string;
}

/** A page for every saved copy of the tools' pages above, as `npm start -- --headless-check` visits them. */
export const TOOL_PAGES: readonly ToolPage[] = [
  { tool: 'linkedin', label: 'LinkedIn feed', url: 'https://www.linkedin.com/feed/' },
  { tool: 'linkedin', label: 'LinkedIn post composer', url: 'https://www.linkedin.com/feed/?shareActive=true' },
  { tool: 'linkedin', label: 'LinkedIn own profile', url: 'https://www.linkedin.com/in/me/' },
  { tool: 'linkedin', label: 'LinkedIn profile editor', url: 'https://www.linkedin.com/in/me/edit/intro/' },
  { tool: 'linkedin', label: 'LinkedIn someone else’s profile', url: 'https://www.linkedin.com/in/anna-schmidt/' },
  { tool: 'linkedin', label: 'LinkedIn search results', url: 'https://www.linkedin.com/search/results/people/?keywords=tableau' },
  { tool: 'excel', label: 'Excel workbook in Microsoft 365', url: 'https://www.office.com/launch/excel?auth=2&docId=8d7c6b5a' },
  { tool: 'excel', label: 'Excel workbook in SharePoint', url: 'https://contoso.sharepoint.com/sites/team/_layouts/15/Doc.aspx?file=Budget.xlsx&action=edit' },
  { tool: 'tableau', label: 'Tableau Cloud view', url: 'https://prod-uk-a.online.tableau.com/#/site/acme/views/Superstore/Sales' },
  { tool: 'tableau', label: 'Tableau Cloud web authoring (sheet)', url: 'https://prod-uk-a.online.tableau.com/t/acme/authoring/Superstore/Sales' },
  { tool: 'tableau', label: 'Tableau Cloud web authoring (dashboard)', url: 'https://prod-uk-a.online.tableau.com/t/acme/authoring/Superstore/Overview' },
  { tool: 'tableau', label: 'Tableau Public viz', url: 'https://public.tableau.com/app/profile/peter.miller/viz/Superstore/Sales' },
];

/** Each site's own 404 page for paths the table does not list. */
function notFound(host: string, lang: SiteLang): string | undefined {
  if (linkedinHost.test(host)) return `linkedin/not-found-${lang}`;
  if (officeappsHost.test(host) || officeHost.test(host) || sharepointHost.test(host)) return 'excel/not-found';
  if (tableauCloudHost.test(host) || tableauPublicHost.test(host)) return 'tableau/not-found';
  return undefined;
}

/** The URL globs routed to fixtures; everything else is aborted. */
export const SITE_PATTERNS = [
  'https://www.linkedin.com/**',
  'https://linkedin.com/**',
  'https://static.licdn.com/**',
  'https://*.officeapps.live.com/**',
  'https://www.office.com/**',
  'https://*.sharepoint.com/**',
  'https://*.online.tableau.com/**',
  'https://tableau.example.org/**',
  'https://public.tableau.com/**',
] as const;

const siteHosts = [linkedinHost, /^static\.licdn\.com$/, officeappsHost, officeHost, sharepointHost, tableauCloudHost, tableauPublicHost];

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The fixture and status for a URL, or undefined when the host is not one of the routed sites. */
export function resolveSite(href: string, lang: SiteLang = 'en'): { fixture: string; status: number } | undefined {
  const url = new URL(href);
  const target = url.pathname + url.search;
  for (const row of SITE_ROUTES) {
    if (!row.host.test(url.hostname)) continue;
    const m = target.match(row.path);
    if (!m) continue;
    const fixture = typeof row.fixture === 'string' ? row.fixture : typeof row.fixture === 'function' ? row.fixture({ url, lang, m }) : row.fixture[lang];
    return { fixture, status: fixture.includes('not-found') ? 404 : (row.status ?? 200) };
  }
  const missing = notFound(url.hostname, lang);
  return missing ? { fixture: missing, status: 404 } : undefined;
}

/** What a routed site answers: a saved page (or a short 404 / 204), or `abort` for any other host. */
export type SiteAnswer = { status: number; contentType: string; headers: Record<string, string>; body: string } | 'abort';

/** The answer for one request to any host, the same for every browser the tests drive. */
export function answerSite(href: string, method: string, lang: SiteLang): SiteAnswer {
  const site = resolveSite(href, lang);
  if (!site) return 'abort';
  // Telemetry beacons and API posts: accept and ignore.
  if (method !== 'GET' && method !== 'HEAD') return { status: 204, contentType: 'text/plain', headers: {}, body: '' };
  const isAsset = /\.(ico|png|jpe?g|gif|svg|woff2?|ttf|css|js)$/i.test(new URL(href).pathname);
  if (site.status === 404 && isAsset) return { status: 404, contentType: 'text/plain', headers: {}, body: 'Not found' };
  return {
    status: site.status,
    contentType: contentTypes[extname(fixturePath(site.fixture))] ?? 'application/octet-stream',
    headers: { 'cache-control': 'no-store', 'x-tandem-fixture': site.fixture },
    body: readFixture(site.fixture),
  };
}

async function serve(route: Route, lang: SiteLang): Promise<void> {
  const answer = answerSite(route.request().url(), route.request().method(), lang);
  if (answer === 'abort') return route.abort('blockedbyclient');
  await route.fulfill(answer);
}

/**
 * Routes LinkedIn, Excel for the web (officeapps, office.com, SharePoint) and Tableau (Cloud,
 * Public) to the saved pages and aborts every other http(s) request, so tests never touch the
 * network. Routes a test registers afterwards (e.g. for example.org) take precedence.
 */
export async function routeSites(context: BrowserContext, opts: { lang?: SiteLang } = {}): Promise<void> {
  const lang = opts.lang ?? 'en';
  // No network at all beyond the routed sites (chrome-extension:, data: and blob: are not requests we see).
  await context.route(
    (url) => /^(https?|wss?):$/.test(url.protocol) && !siteHosts.some((h) => h.test(url.hostname)),
    (route) => route.abort('blockedbyclient'),
  );
  for (const pattern of SITE_PATTERNS) await context.route(pattern, (route) => serve(route, lang));
}
