// `npm start`: after the build, open Chromium with the extension loaded on offline copies of
// LinkedIn, Excel for the web and Tableau (or the real sites with --live), plus the side panel.
// Without a display it prints where to load the extension from instead; with --headless-check
// it opens the extension headless and prints what the panel shows on each offline tool page.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../test/e2e/browser.ts';
import { routeSites } from '../test/e2e/sites.ts';
import { ensureBrowsers } from './browsers.ts';
import { headlessCheck } from './headless-check.ts';

const extensionPath = resolve('.output/chrome-mv3');
const live = process.argv.includes('--live');
const check = process.argv.includes('--headless-check');
const lang = process.argv.includes('--de') ? 'de' : 'en';
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

console.log(`
Tandem Tips is built: ${extensionPath}
  Chrome / Edge / Chromium: open chrome://extensions (edge://extensions), switch on Developer mode,
  click "Load unpacked" and choose the folder above. Firefox: npm run build:firefox, then
  about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv3/manifest.json.
`);

if (check) {
  const { chromium: executablePath } = ensureBrowsers({ firefox: false });
  process.exit((await headlessCheck({ executablePath, extensionPath, lang })) ? 0 : 1);
}

if (!hasDisplay) {
  console.log('No display found, so no browser was opened. Load the folder above in your browser,');
  console.log('or run `npm start -- --headless-check` to see what the panel shows on each offline tool page.');
  process.exit(0);
}

const { chromium: executablePath } = ensureBrowsers({ firefox: false });
const profile = resolve('.output/start-profile');
mkdirSync(profile, { recursive: true });
const locale = lang === 'de' ? 'de-DE' : 'en-US';
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: false,
  locale,
  viewport: null,
  args: chromiumArgs(extensionPath, locale),
});
if (!live) await routeSites(context, { lang });

const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(sw.url()).host;
const urls = live
  ? ['https://www.linkedin.com/feed/', 'https://www.office.com/launch/excel', 'https://public.tableau.com/app/discover']
  : [
      'https://prod-uk-a.online.tableau.com/#/site/acme/views/Superstore/Sales',
      'https://www.office.com/launch/excel?auth=2&docId=8d7c6b5a',
      'https://www.linkedin.com/feed/',
    ];
const first = context.pages()[0] ?? (await context.newPage());
await first.goto(urls[0]!);
for (const url of urls.slice(1)) await (await context.newPage()).goto(url);
const panel = await context.newPage();
await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);

console.log(
  live
    ? 'Chromium is open on the real sites. Click the Tandem Tips icon for the side panel.'
    : 'Chromium is open on offline copies of the three tools. The last tab is the side panel page: it follows the tab you used before it. Or click the Tandem Tips icon in the toolbar.',
);
console.log('Close the browser window to stop.');
await new Promise<void>((done) => context.on('close', () => done()));
