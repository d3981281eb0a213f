import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where a browser was found, and by which rule (said to the user). */
export interface Located {
  path: string;
  from: string;
}

/** What the lookup sees of this machine; tests pass a made-up one. */
export interface Machine {
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  /** Playwright's own Chromium (`npx playwright install chromium`), installed or not. */
  playwrightChromium(): string | undefined;
}

export const thisMachine: Machine = {
  env: process.env,
  exists: existsSync,
  playwrightChromium: () => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  },
};

/** A path the user named in an environment variable must exist: silently using another browser would mislead. */
function fromEnv(m: Machine, name: string): Located | undefined {
  const path = m.env[name];
  if (!path) return undefined;
  if (!m.exists(path)) throw new Error(`${name} is set to ${path}, but there is no file there. Fix it or unset it.`);
  return { path, from: name };
}

/**
 * The Chromium to drive: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own
 * Chromium if someone installed it. Branded Google Chrome ignores --load-extension.
 */
export function locateChromium(m: Machine = thisMachine): Located | undefined {
  const named = fromEnv(m, 'CHROMIUM_PATH');
  if (named) return named;
  if (m.exists('/usr/bin/chromium')) return { path: '/usr/bin/chromium', from: 'Debian’s chromium package' };
  const own = m.playwrightChromium();
  return own && m.exists(own) ? { path: own, from: 'Playwright’s Chromium' } : undefined;
}

/** The Firefox to drive: FIREFOX_PATH, then Debian's firefox-esr, then a `firefox` on the usual paths. */
export function locateFirefox(m: Machine = thisMachine): Located | undefined {
  const named = fromEnv(m, 'FIREFOX_PATH');
  if (named) return named;
  const candidates: [string, string][] = [
    ['/usr/bin/firefox-esr', 'Debian’s firefox-esr package'],
    ['/usr/bin/firefox', 'the system’s Firefox'],
    ['/Applications/Firefox.app/Contents/MacOS/firefox', 'Firefox in /Applications'],
  ];
  const found = candidates.find(([path]) => m.exists(path));
  return found && { path: found[0], from: found[1] };
}

/** Said wherever Firefox is missing, so skipped Firefox tests are never a surprise. */
export const FIREFOX_SKIP_HINT =
  'The Firefox end-to-end tests are SKIPPED. To run them, install Firefox (Debian: apt-get install firefox-esr) or set FIREFOX_PATH=/path/to/firefox.';

/** The Chromium path, or an error naming every way to get one. */
export function findChromium(): string {
  const found = locateChromium();
  if (!found) {
    throw new Error(
      'No Chromium found. `npm run browsers` installs one (`npm test` and `npm start` do that by themselves); or set ' +
        'CHROMIUM_PATH=/path/to/chromium, install Debian’s package (apt-get install chromium → /usr/bin/chromium), or run ' +
        '`npx playwright install chromium`.',
    );
  }
  return found.path;
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
    // Lets a test press the extension's toolbar button (DevTools' Extensions.triggerAction), as a person would.
    '--enable-unsafe-extension-debugging',
    ...(lang ? [`--lang=${lang}`] : []),
  ];
}
