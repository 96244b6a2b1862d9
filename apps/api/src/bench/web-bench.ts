import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { loadConfig } from '../core/config/config.js';
import { freshByline, seconds } from './bench-support.js';
import { clientFacingAssetIds } from './bench.repository.js';

const CHROMIUM = process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const MEMBER = { email: 'sofia.rossi@byline.demo', password: 'byline-demo' };
/** The target of the first load: every script the Library page needs before it is interactive, brotli. */
const LIBRARY_JS_BUDGET = 250 * 1024;
const SCORE_TARGET = 90;
/** Lighthouse runs per page; the run with the median score is reported (one run varies by ±8 points here). */
const RUNS = Math.max(1, Number(process.env.BENCH_WEB_RUNS ?? 3));
/** Where to keep each page's Lighthouse report (JSON, for the Lighthouse viewer), if anywhere. */
const REPORT_DIR = process.env.BENCH_WEB_REPORTS;

interface BenchPage {
  name: string;
  path: string;
  /** What the page shows once it has its data. */
  ready: string;
  /** Measured for comparison only, without a target. */
  reference?: boolean;
}

interface Transfer {
  /** Scripts: compressed bodies as sent, and decoded. */
  jsWire: number;
  jsRaw: number;
  cssWire: number;
  requests: number;
  scripts: number;
}

interface Vitals {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Lighthouse's measure of this machine's speed (a typical desktop scores 1000 to 2500; less means a busy host). */
  cpuIndex: number;
  /** Every run's score, when several were taken. */
  scores?: number[];
}

interface SessionCookie {
  name: string;
  value: string;
}

/**
 * The web app's first load, as a signed-in member opens the Library and an asset page in Debian's Chromium with an
 * empty cache: the bytes and requests it takes (from the browser's resource timing), then Lighthouse's default
 * mobile run (simulated slow 4G and a 4x slower CPU). Serves the build in apps/web/dist; builds nothing itself.
 */
export async function webBench(): Promise<void> {
  const { webDist } = loadConfig(process.env);
  if (!existsSync(join(webDist, 'index.html'))) {
    console.log(`  ${webDist} has no built web app: run \`npm run build -w @byline/web\` first. Skipped.`);
    return;
  }
  if (!existsSync(CHROMIUM)) {
    console.log(`  No Chromium at ${CHROMIUM} (apt-get install -y chromium, or set BENCH_CHROMIUM). Skipped.`);
    return;
  }
  const started = performance.now();
  const db = await freshByline('embedded', 'web', { BYLINE_DEMO: '1' });
  try {
    console.log(`  demo database ready in ${seconds(started)} s; serving ${webDist}`);
    const base = db.byline.url.replace('localhost', '127.0.0.1');
    const [assetId] = await clientFacingAssetIds(db.sql);
    const pages: BenchPage[] = [
      { name: 'Library', path: '/library', ready: '[data-testid="asset-card"]' },
      { name: 'Asset page', path: `/assets/${assetId}`, ready: '[data-testid="asset-title"]' },
      // The signed-in shell with the smallest page: what every page costs before its own content.
      { name: 'Shell only', path: '/no-such-page', ready: 'main h1', reference: true },
    ];
    const cookies = await signIn(base);
    const rows: Array<{ page: BenchPage; transfer: Transfer; vitals: Vitals }> = [];
    for (const page of pages) {
      const transfer = await measureTransfer(base, page, cookies);
      const runs: Vitals[] = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(await withRetries(() => runLighthouse(base, page, cookies)));
      }
      const vitals = median(runs);
      rows.push({ page, transfer, vitals });
    }
    printTable(rows);
    const library = rows[0];
    const misses = [
      library && library.transfer.jsWire > LIBRARY_JS_BUDGET
        ? `Library's initial JS ${kb(library.transfer.jsWire)} kB > ${kb(LIBRARY_JS_BUDGET)} kB`
        : null,
      ...rows.map((r) =>
        !r.page.reference && r.vitals.score < SCORE_TARGET
          ? `${r.page.name} performance ${r.vitals.score} < ${SCORE_TARGET}`
          : null,
      ),
    ].filter((m): m is string => m !== null);
    console.log(
      misses.length
        ? `  Targets missed: ${misses.join('; ')}`
        : `  Targets met: ≤ ${kb(LIBRARY_JS_BUDGET)} kB initial JS on Library, performance ≥ ${SCORE_TARGET}`,
    );
  } finally {
    await db.close();
  }
}

async function signIn(base: string): Promise<SessionCookie[]> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      variables: { e: MEMBER.email, p: MEMBER.password },
    }),
  });
  // The session (HttpOnly) and its readable CSRF token, which the app looks for to know it is signed in.
  const cookies = response.headers.getSetCookie().map((header) => {
    const [pair = ''] = header.split(';');
    const at = pair.indexOf('=');
    return { name: pair.slice(0, at), value: pair.slice(at + 1) };
  });
  if (!cookies.some((c) => c.name === 'byline_session')) throw new Error(`Sign-in failed (${response.status})`);
  return cookies;
}

/** One load in a fresh browser context (an empty cache), counted from the page's resource timing once it shows. */
async function measureTransfer(base: string, target: BenchPage, cookies: SessionCookie[]): Promise<Transfer> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
  try {
    const context = await browser.newContext();
    await context.addCookies(cookies.map((c) => ({ ...c, url: base })));
    const page = await context.newPage();
    await page.goto(`${base}${target.path}`);
    await page.locator(target.ready).first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    return await resourceTotals(page);
  } finally {
    await browser.close();
  }
}

async function resourceTotals(page: Page): Promise<Transfer> {
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      // The browser's PerformanceResourceTiming (this file is typed for Node).
      .map((e) => e as unknown as { name: string; encodedBodySize: number; decodedBodySize: number })
      .map((e) => ({ url: e.name, wire: e.encodedBodySize, raw: e.decodedBodySize })),
  );
  const scripts = entries.filter((e) => /\.m?js(\?|$)/.test(new URL(e.url).pathname));
  const styles = entries.filter((e) => new URL(e.url).pathname.endsWith('.css'));
  const sum = (list: typeof entries, key: 'wire' | 'raw') => list.reduce((total, e) => total + e[key], 0);
  return {
    jsWire: sum(scripts, 'wire'),
    jsRaw: sum(scripts, 'raw'),
    cssWire: sum(styles, 'wire'),
    // The document itself, then everything it fetched.
    requests: entries.length + 1,
    scripts: scripts.length,
  };
}

/** Lighthouse's default (mobile, simulated throttling) run, its storage and cache reset first, signed in. */
async function runLighthouse(base: string, target: BenchPage, cookies: SessionCookie[]): Promise<Vitals> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    // The app reads its CSRF cookie to know it is signed in, so the cookies go into the browser's jar as well.
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    const page = await browser.newPage();
    await page.setCookie(...cookies.map((c) => ({ ...c, url: base })));
    const result = await lighthouse(
      `${base}${target.path}`,
      {
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance'],
        extraHeaders: { Cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; ') },
      },
      undefined,
      page,
    );
    await browser.disconnect();
    if (!result) throw new Error(`Lighthouse returned nothing for ${target.path}`);
    const { lhr } = result;
    if (REPORT_DIR) {
      mkdirSync(REPORT_DIR, { recursive: true });
      writeFileSync(join(REPORT_DIR, `${target.name.toLowerCase().replace(/\W+/g, '-')}.json`), JSON.stringify(lhr));
    }
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      cpuIndex: Math.round(lhr.environment.benchmarkIndex),
    };
  } finally {
    chrome.kill();
  }
}

/** The run with the median score, and the spread of the scores beside it. */
function median(runs: Vitals[]): Vitals {
  const sorted = [...runs].sort((a, b) => a.score - b.score);
  const middle = sorted[Math.floor(sorted.length / 2)];
  return { ...middle, scores: runs.map((run) => run.score) };
}

/** Lighthouse sometimes loses a trace on a busy machine ("run Lighthouse again"): up to three tries. */
async function withRetries<T>(run: () => Promise<T>, tries = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= tries) throw error;
      console.log(`  (${error instanceof Error ? error.message : String(error)}; again)`);
    }
  }
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(2);

function printTable(rows: Array<{ page: BenchPage; transfer: Transfer; vitals: Vitals }>): void {
  const header = [
    'page',
    'JS wire kB',
    'JS raw kB',
    'scripts',
    'CSS wire kB',
    'requests',
    'perf',
    'runs',
    'FCP s',
    'LCP s',
    'TBT ms',
    'CLS',
    'CPU index',
  ];
  const lines = rows.map(({ page, transfer: t, vitals: v }) => [
    page.name,
    kb(t.jsWire),
    kb(t.jsRaw),
    String(t.scripts),
    kb(t.cssWire),
    String(t.requests),
    String(v.score),
    (v.scores ?? [v.score]).join('/'),
    s(v.fcp),
    s(v.lcp),
    v.tbt.toFixed(0),
    v.cls.toFixed(3),
    String(v.cpuIndex),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]?.length ?? 0)));
  const format = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`;
  console.log(format(header));
  for (const line of lines) console.log(format(line));
  console.log(
    '  JS/CSS wire: compressed bodies as sent (brotli); raw: decoded. Lighthouse: mobile, simulated throttling, ' +
      `empty cache; perf is the median of ${RUNS} runs.\n  Lighthouse multiplies the CPU time it observes by 4: on a busy ` +
      'host (a low CPU index; a quiet desktop has 1000 or more) TBT and the score suffer. "Shell only" has no target.',
  );
}
