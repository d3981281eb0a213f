// `npm run bench`: measures Tandem Tips in real Chromium and writes bench/results.json and
// bench/results.md (median and spread over several runs). Not part of `npm test`: numbers
// depend on the machine; budgets are checked and reported, never asserted in unit tests.
import { execSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumArgs, findChromium } from '../test/e2e/browser.ts';
import { routeSites } from '../test/e2e/sites.ts';
import { summarize, type Summary } from './stats.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FEED_SECONDS = Number(process.env.BENCH_FEED_SECONDS ?? 8);
const NAVIGATIONS = Number(process.env.BENCH_NAVIGATIONS ?? 20);
const PROD = resolve('.output/chrome-mv3');
const INSTRUMENTED = resolve('.output/chrome-mv3-bench');

interface Metric {
  name: string;
  unit: string;
  summary: Summary;
  budget?: { max: number; met: boolean };
  note?: string;
}
const metrics: Metric[] = [];
function record(name: string, unit: string, samples: number[], budgetMax?: number, note?: string): Summary {
  const summary = summarize(samples);
  metrics.push({
    name,
    unit,
    summary,
    ...(budgetMax === undefined ? {} : { budget: { max: budgetMax, met: summary.median <= budgetMax } }),
    ...(note ? { note } : {}),
  });
  console.log(`${name}: median ${summary.median.toFixed(2)} ${unit} (min ${summary.min.toFixed(2)}, max ${summary.max.toFixed(2)}, n=${summary.n})`);
  return summary;
}

async function launch(extension: string | null): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  const args = extension
    ? chromiumArgs(extension)
    : chromiumArgs('').filter((a) => !a.startsWith('--disable-extensions-except') && !a.startsWith('--load-extension'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: findChromium(),
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
  });
  await routeSites(context, { lang: 'en' });
  return { context, dir };
}

async function close({ context, dir }: { context: BrowserContext; dir: string }) {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

// ── 1. Page cost ─────────────────────────────────────────────────────────────────────────────
function contentScriptSizes() {
  const dir = join(PROD, 'content-scripts');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    const code = readFileSync(join(dir, file));
    const tool = file.replace(/\.js$/, '');
    record(`content script ${tool}: minified`, 'KB', [code.length / 1024], 15);
    record(`content script ${tool}: gzipped`, 'KB', [gzipSync(code, { level: 9 }).length / 1024], 6);
  }
}

/**
 * A heavy LinkedIn feed that never stops changing: the saved feed plus a driver that appends a
 * post every 100 ms, bumps reaction counts every 50 ms and drops old posts past 300.
 */
const FEED_DRIVER = `
  window.__benchLongTasks = 0;
  new PerformanceObserver((list) => { window.__benchLongTasks += list.getEntries().length; }).observe({ type: 'longtask', buffered: true });
  window.__benchStart = () => {
    const feed = document.querySelector('[data-finite-scroll-hotkey-context="FEED"]');
    const posts = [...feed.children];
    let i = 0;
    window.__benchTimers = [
      setInterval(() => {
        const clone = posts[i++ % posts.length].cloneNode(true);
        clone.setAttribute('data-id', 'urn:li:activity:bench' + i);
        feed.append(clone);
        if (feed.children.length > 300) feed.firstElementChild.remove();
      }, 100),
      setInterval(() => {
        const counts = feed.querySelectorAll('.social-details-social-counts__reactions-count');
        const el = counts[Math.floor(Math.random() * counts.length)];
        if (el) el.textContent = String(Number(el.textContent.replace(/\\D/g, '')) + 1);
      }, 50),
    ];
  };
  window.__benchStop = () => window.__benchTimers.forEach(clearInterval);
`;

async function feedRun(extension: string | null): Promise<{ script: number; task: number; longTasks: number; nodes: number; stats?: { observerCalls: number; detections: number } }> {
  const browser = await launch(extension);
  try {
    if (extension) await serviceWorker(browser.context);
    const page = await browser.context.newPage();
    await page.addInitScript(FEED_DRIVER);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto('https://www.linkedin.com/feed/', { waitUntil: 'load' });
    await page.evaluate(() => (window as unknown as { __benchStart(): void }).__benchStart());
    await page.waitForTimeout(FEED_SECONDS * 1000);
    await page.evaluate(() => (window as unknown as { __benchStop(): void }).__benchStop());
    const { metrics: m } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => m.find((x) => x.name === name)?.value ?? 0;
    const longTasks = await page.evaluate(() => (window as unknown as { __benchLongTasks: number }).__benchLongTasks);
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const stats = extension === INSTRUMENTED ? await benchStats(page) : undefined;
    return { script: value('ScriptDuration') * 1000, task: value('TaskDuration') * 1000, longTasks, nodes, ...(stats ? { stats } : {}) };
  } finally {
    await close(browser);
  }
}

async function benchStats(page: Page): Promise<{ observerCalls: number; detections: number }> {
  return page.evaluate(
    () =>
      new Promise((done) => {
        window.addEventListener('tandem-bench-stats', (e) => done(JSON.parse((e as CustomEvent<string>).detail)), { once: true });
        window.dispatchEvent(new Event('tandem-bench-query'));
      }),
  );
}

async function pageCost() {
  const without: number[] = [];
  const withExt: number[] = [];
  const overhead: number[] = [];
  const longWithout: number[] = [];
  const longWith: number[] = [];
  let nodes = 0;
  for (let i = 0; i < RUNS; i++) {
    // Alternate so drift on the machine hits both sides alike.
    const a = await feedRun(null);
    const b = await feedRun(PROD);
    without.push(a.script);
    withExt.push(b.script);
    overhead.push(((b.script - a.script) / a.script) * 100);
    longWithout.push(a.longTasks);
    longWith.push(b.longTasks);
    nodes = Math.max(nodes, a.nodes);
  }
  record('heavy feed: page script time without extension', 'ms', without, undefined, `${FEED_SECONDS} s of a mutating feed, ~${nodes} elements`);
  record('heavy feed: page script time with extension', 'ms', withExt);
  record('heavy feed: extension overhead', '%', overhead, 2, 'paired runs: (with − without) / without');
  record('heavy feed: long tasks without extension', 'count', longWithout);
  record('heavy feed: long tasks with extension', 'count', longWith);

  const calls: number[] = [];
  const detections: number[] = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    const r = await feedRun(INSTRUMENTED);
    calls.push(r.stats!.observerCalls / FEED_SECONDS);
    detections.push(r.stats!.detections / FEED_SECONDS);
  }
  record('heavy feed: observer callbacks', 'per s', calls, undefined, 'instrumented build (--mode bench)');
  record('heavy feed: detections run', 'per s', detections, undefined, 'throttled: at most ~7/s');
}

// ── 2. Detection latency ─────────────────────────────────────────────────────────────────────
async function detectionLatency() {
  const browser = await launch(PROD);
  try {
    const sw = await serviceWorker(browser.context);
    const extensionId = new URL(sw.url()).host;
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto('https://www.linkedin.com/feed/');
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.addInitScript(() => {
      const seen: { text: string; t: number }[] = [];
      (window as unknown as { __contextSeen: typeof seen }).__contextSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="context-name"]')?.textContent ?? '';
        if (seen.at(-1)?.text !== text) seen.push({ text, t: Date.now() });
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.getByTestId('context-name').waitFor();
    await sw.evaluate(() => {
      const log: { t: number; contexts: string }[] = [];
      (globalThis as unknown as { __bgSeen: typeof log }).__bgSeen = log;
      (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.session.onChanged.addListener((changes) => {
        for (const change of Object.values(changes)) {
          const frames = (change.newValue as { frames?: Record<string, { detected?: { contexts: string[] } }> } | undefined)?.frames ?? {};
          log.push({ t: Date.now(), contexts: frames['0']?.detected?.contexts.join() ?? '' });
        }
      });
    });

    const routes = [
      ['/jobs/', 'linkedin.jobs', 'Jobs'],
      ['/mynetwork/', 'linkedin.mynetwork', 'My Network'],
      ['/notifications/', 'linkedin.notifications', 'Notifications'],
      ['/feed/', 'linkedin.feed', 'Feed'],
    ] as const;
    const toBackground: number[] = [];
    const toPanel: number[] = [];
    for (let i = 0; i < NAVIGATIONS; i++) {
      const [path, context, label] = routes[i % routes.length]!;
      const t0 = await page.evaluate((p) => {
        const t = Date.now();
        history.pushState({}, '', p);
        return t;
      }, path);
      await panel.waitForFunction((l) => document.querySelector('[data-testid="context-name"]')?.textContent === l, label);
      const bg = await sw.evaluate((c) => (globalThis as unknown as { __bgSeen: { t: number; contexts: string }[] }).__bgSeen.findLast((e) => e.contexts === c)?.t ?? NaN, context);
      const shown = await panel.evaluate((l) => (window as unknown as { __contextSeen: { text: string; t: number }[] }).__contextSeen.findLast((e) => e.text === l)?.t ?? NaN, label);
      toBackground.push(bg - t0);
      toPanel.push(shown - t0);
      await page.waitForTimeout(200);
    }
    record('pushState → background knows the context', 'ms', toBackground);
    record('pushState → open side panel shows the new context', 'ms', toPanel, 100);
  } finally {
    await close(browser);
  }
}

// ── run ──────────────────────────────────────────────────────────────────────────────────────
const chromiumVersion = execSync(`${findChromium()} --version`).toString().trim();
console.log(`Tandem Tips benchmarks — ${chromiumVersion}, ${cpus().length} cores, ${RUNS} runs`);
contentScriptSizes();
await pageCost();
await detectionLatency();

const results = {
  date: new Date().toISOString(),
  chromium: chromiumVersion,
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  runs: RUNS,
  metrics,
};
writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
const rows = metrics.map(
  (m) =>
    `| ${m.name} | ${m.summary.median.toFixed(2)} ${m.unit} | ${m.summary.min.toFixed(2)} – ${m.summary.max.toFixed(2)} | ${m.summary.n} | ${
      m.budget ? `${m.budget.met ? '✅' : '❌'} ≤ ${m.budget.max} ${m.unit}` : ''
    } | ${m.note ?? ''} |`,
);
writeFileSync(
  'bench/results.md',
  `# Benchmark results\n\n${results.date} · ${chromiumVersion} · ${results.cores} cores (${results.cpu})\n\n| metric | median | range | runs | budget | note |\n|---|---|---|---|---|---|\n${rows.join('\n')}\n`,
);
console.log('Wrote bench/results.json and bench/results.md');
