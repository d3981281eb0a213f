// `npm run browsers` (part of `npm test`): find the browsers the end-to-end tests drive, and
// install what is missing — with apt where we are root on Debian, else Playwright's Chromium.
// Firefox is optional: where it cannot be installed, its tests are skipped and this says so.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { FIREFOX_SKIP_HINT, locateChromium, locateFirefox, type Located } from '../test/e2e/browser.ts';

/** What deciding how to install needs to know about this machine. */
export interface Host {
  isRoot: boolean;
  /** The text of /etc/os-release, if there is one. */
  osRelease: string | undefined;
  hasApt: boolean;
}

/** How to get the missing browsers. */
export interface InstallPlan {
  /** Debian packages for `apt-get install`. */
  apt: string[];
  /** Chromium from Playwright's download where apt cannot give it. */
  playwright: boolean;
  /** Why Firefox stays missing (its tests are then skipped). */
  firefoxSkipped?: string;
}

/** Debian and the systems built on it (Ubuntu, Mint …) say so in os-release's ID or ID_LIKE. */
export function isDebianLike(osRelease: string | undefined): boolean {
  if (!osRelease) return false;
  const field = (name: string) => osRelease.match(new RegExp(`^${name}="?([^"\\n]*)"?$`, 'm'))?.[1] ?? '';
  return [field('ID'), ...field('ID_LIKE').split(/\s+/)].includes('debian');
}

/** Decides how to install what is missing; installs nothing. */
export function planInstall(missing: { chromium: boolean; firefox: boolean }, host: Host): InstallPlan {
  const apt = host.isRoot && host.hasApt && isDebianLike(host.osRelease);
  const plan: InstallPlan = { apt: [], playwright: false };
  if (missing.chromium) {
    if (apt) plan.apt.push('chromium');
    else plan.playwright = true;
  }
  if (missing.firefox) {
    if (apt) plan.apt.push('firefox-esr');
    else plan.firefoxSkipped = host.isRoot ? 'this is not a Debian-based system with apt-get' : 'installing it needs root (apt-get install firefox-esr)';
  }
  return plan;
}

const thisHost = (): Host => ({
  isRoot: process.getuid?.() === 0,
  osRelease: existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : undefined,
  hasApt: existsSync('/usr/bin/apt-get'),
});

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`  $ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env }).status === 0;
}

/** apt knows the package (Ubuntu, for one, has no firefox-esr). Only meaningful after `apt-get update`. */
function aptHasCandidate(pkg: string): boolean {
  const policy = spawnSync('apt-cache', ['policy', pkg], { encoding: 'utf8' }).stdout ?? '';
  return /Candidate: (?!\(none\))\S+/.test(policy);
}

const said = (name: string, found: Located) => console.log(`${name}: ${found.path} (${found.from})`);

export interface Browsers {
  chromium: string;
  /** Undefined where Firefox is not there and could not be installed. */
  firefox?: string;
}

/**
 * Finds Chromium (required) and, when asked, Firefox; installs what is missing and says what it
 * does. Throws when no Chromium can be had.
 */
export function ensureBrowsers(opts: { firefox: boolean }): Browsers {
  let chromium = locateChromium();
  let firefox = opts.firefox ? locateFirefox() : undefined;
  const host = thisHost();
  const plan = planInstall({ chromium: !chromium, firefox: opts.firefox && !firefox }, host);

  if (plan.apt.length > 0) {
    console.log(`Installing ${plan.apt.join(' and ')} from Debian's packages (root, apt-get, non-interactive):`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], env)) {
      const available = plan.apt.filter(aptHasCandidate);
      for (const pkg of plan.apt.filter((p) => !available.includes(p))) console.log(`  apt has no package "${pkg}" here.`);
      // Use-Pty=0: dpkg's progress bar would fill a CI log with carriage returns.
      if (available.length > 0) run('apt-get', ['install', '-y', '-qq', '-o', 'Dpkg::Use-Pty=0', ...available], env);
    }
    chromium ??= locateChromium();
    if (opts.firefox) firefox ??= locateFirefox();
  }

  if (!chromium) {
    // As root on Debian or Ubuntu, Playwright can also apt-get the libraries its Chromium needs.
    const withDeps = host.isRoot && host.hasApt && isDebianLike(host.osRelease) ? ['--with-deps'] : [];
    console.log("Downloading Playwright's own Chromium:");
    run('npx', ['playwright', 'install', ...withDeps, 'chromium']);
    chromium = locateChromium();
  }
  if (!chromium) {
    throw new Error(
      'No Chromium, and none could be installed. Set CHROMIUM_PATH=/path/to/chromium, install Debian’s chromium package, ' +
        'or run `npx playwright install chromium` where downloads are allowed.',
    );
  }
  said('Chromium', chromium);

  if (opts.firefox) {
    if (firefox) said('Firefox', firefox);
    else {
      const why = plan.firefoxSkipped ?? 'apt-get could not install firefox-esr';
      // CI must test Firefox: there a missing Firefox is a failure, not a skip.
      if (process.env.CI) throw new Error(`Firefox: not found, and not installed because ${why}.`);
      console.log(`Firefox: not found, and not installed because ${why}. ${FIREFOX_SKIP_HINT}`);
    }
  }
  return { chromium: chromium.path, firefox: firefox?.path };
}

if (import.meta.main) {
  try {
    ensureBrowsers({ firefox: true });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
