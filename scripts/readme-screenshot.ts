// Composes the README screenshot from the end-to-end tests' screenshots (run `npm run test:e2e`
// first): the tool page on the left, the side panel on the right, as a person sees them.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../test/e2e/browser.ts';

const shots = [
  ['test-results/screens/linkedin-edit-page.png', 'test-results/screens/linkedin-edit-panel.png', 'docs/screenshots/panel-linkedin-edit.png'],
  ['test-results/screens/excel-formeln-page.png', 'test-results/screens/excel-formeln-panel.png', 'docs/screenshots/panel-excel-formeln.png'],
] as const;

const dataUri = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;
mkdirSync('docs/screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1700, height: 900 } });
for (const [left, right, out] of shots) {
  await page.setContent(`<body style="margin:0;display:flex;background:#ddd">
    <img src="${dataUri(left)}" style="width:1280px;height:900px;display:block">
    <div style="width:400px;height:900px;border-left:12px solid #ddd;background:#faf8f5"><img src="${dataUri(right)}" style="width:400px;height:800px;display:block"></div>
  </body>`);
  await page.screenshot({ path: out, fullPage: true });
}
await browser.close();
