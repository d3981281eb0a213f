import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium to drive: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own
 * Chromium if someone installed it. Branded Google Chrome ignores --load-extension.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright's browser is not installed; fine if another candidate exists.
  }
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p!));
  if (!found) {
    throw new Error(
      'No Chromium found. Either set CHROMIUM_PATH=/path/to/chromium, or install Debian’s package ' +
        '(apt-get install chromium → /usr/bin/chromium), or run `npx playwright install chromium`.',
    );
  }
  return found;
}

/** Flags that load the unpacked extension and keep Chromium quiet and offline. */
export function chromiumArgs(extensionPath: string, lang?: string): string[] {
  return [
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
    ...(lang ? [`--lang=${lang}`] : []),
  ];
}
