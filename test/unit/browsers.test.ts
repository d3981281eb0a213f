// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isDebianLike, planInstall, type Host } from '../../scripts/browsers';
import { locateChromium, locateFirefox, type Machine } from '../e2e/browser';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

const machine = (files: string[], env: Record<string, string> = {}, playwright?: string): Machine => ({
  env,
  exists: (p) => files.includes(p),
  playwrightChromium: () => playwright,
});

describe('locateChromium', () => {
  const pw = '/root/.cache/ms-playwright/chromium-1200/chrome-linux/chrome';

  it('takes CHROMIUM_PATH first, then Debian’s chromium, then Playwright’s', () => {
    const all = ['/opt/c/chrome', '/usr/bin/chromium', pw];
    expect(locateChromium(machine(all, { CHROMIUM_PATH: '/opt/c/chrome' }, pw))).toEqual({ path: '/opt/c/chrome', from: 'CHROMIUM_PATH' });
    expect(locateChromium(machine(all, {}, pw))?.path).toBe('/usr/bin/chromium');
    expect(locateChromium(machine([pw], {}, pw))).toEqual({ path: pw, from: 'Playwright’s Chromium' });
  });

  it('finds nothing where none is installed (Playwright knows its path even before the download)', () => {
    expect(locateChromium(machine([], {}, pw))).toBeUndefined();
    expect(locateChromium(machine([], {}, undefined))).toBeUndefined();
  });

  it('refuses a CHROMIUM_PATH that points nowhere instead of quietly using another browser', () => {
    expect(() => locateChromium(machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nowhere/chrome' }))).toThrow(
      'CHROMIUM_PATH is set to /nowhere/chrome, but there is no file there',
    );
  });
});

describe('locateFirefox', () => {
  it('takes FIREFOX_PATH first, then firefox-esr, then firefox', () => {
    const all = ['/opt/ff/firefox', '/usr/bin/firefox-esr', '/usr/bin/firefox'];
    expect(locateFirefox(machine(all, { FIREFOX_PATH: '/opt/ff/firefox' }))?.path).toBe('/opt/ff/firefox');
    expect(locateFirefox(machine(all))?.path).toBe('/usr/bin/firefox-esr');
    expect(locateFirefox(machine(['/usr/bin/firefox']))?.path).toBe('/usr/bin/firefox');
    expect(locateFirefox(machine([]))).toBeUndefined();
    expect(() => locateFirefox(machine(all, { FIREFOX_PATH: '/nowhere/firefox' }))).toThrow('FIREFOX_PATH');
  });
});

describe('planInstall', () => {
  const host = (over: Partial<Host>): Host => ({ isRoot: true, osRelease: DEBIAN, hasApt: true, ...over });
  const both = { chromium: true, firefox: true };

  it('installs both from Debian’s packages as root on Debian', () => {
    expect(planInstall(both, host({}))).toEqual({ apt: ['chromium', 'firefox-esr'], playwright: false });
    expect(planInstall({ chromium: false, firefox: true }, host({}))).toEqual({ apt: ['firefox-esr'], playwright: false });
    expect(planInstall({ chromium: false, firefox: false }, host({}))).toEqual({ apt: [], playwright: false });
  });

  it('tries apt on systems built on Debian too (the installer drops packages apt does not have)', () => {
    expect(planInstall(both, host({ osRelease: UBUNTU })).apt).toEqual(['chromium', 'firefox-esr']);
  });

  it('falls back to Playwright’s Chromium and skips Firefox, saying why, without root', () => {
    expect(planInstall(both, host({ isRoot: false }))).toEqual({
      apt: [],
      playwright: true,
      firefoxSkipped: 'installing it needs root (apt-get install firefox-esr)',
    });
  });

  it('does the same off Debian (Fedora, macOS) and without apt-get', () => {
    for (const h of [host({ osRelease: FEDORA }), host({ osRelease: undefined }), host({ hasApt: false })]) {
      expect(planInstall(both, h)).toEqual({ apt: [], playwright: true, firefoxSkipped: 'this is not a Debian-based system with apt-get' });
    }
  });
});

describe('isDebianLike', () => {
  it('reads ID and ID_LIKE, quoted or not', () => {
    expect(isDebianLike(DEBIAN)).toBe(true);
    expect(isDebianLike(UBUNTU)).toBe(true);
    expect(isDebianLike('ID="linuxmint"\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike(FEDORA)).toBe(false);
    expect(isDebianLike('ID=debianish\n')).toBe(false);
    expect(isDebianLike(undefined)).toBe(false);
  });
});
