// Starts the built Byline server for end-to-end tests: a free port, a fresh data directory, demo data, and (when
// DATABASE_URL is set) a fresh PostgreSQL database that is dropped afterwards.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { applicationUrl, ensureApplicationLogin } from '../../api/test/application-role.mjs';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SERVER_ENTRY = 'apps/api/dist/apps/api/src/main.js';
const WEB_INDEX = 'apps/web/dist/index.html';
const READY_MARKER = 'Byline is ready at';
const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;

export async function findFreePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(address.port));
    });
  });
}

async function createDatabase(adminUrl) {
  const name = `byline_e2e_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

async function dropDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    // WITH (FORCE) ends sessions a killed server may have left behind (PostgreSQL 13+).
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

function waitForExit(child, timeoutMs) {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the server and resolves once it printed its ready line; `extraEnv` adds to its environment.
 * @returns {Promise<{ baseUrl: string, output: () => string, stop: () => Promise<void> }>}
 */
export async function startServer(extraEnv = {}) {
  const entry = join(REPO_ROOT, SERVER_ENTRY);
  if (!existsSync(entry)) {
    throw new Error(`The built server is missing (${SERVER_ENTRY}). Run \`npm run build\` first.`);
  }
  if (!existsSync(join(REPO_ROOT, WEB_INDEX))) {
    throw new Error(`The built web app is missing (${WEB_INDEX}). Run \`npm run build\` first.`);
  }

  const port = await findFreePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'byline-e2e-data-'));
  const adminDatabaseUrl = process.env.DATABASE_URL;
  const database = adminDatabaseUrl ? await createDatabase(adminDatabaseUrl) : null;

  const env = { ...process.env, PORT: String(port), BYLINE_DATA_DIR: dataDir, BYLINE_DEMO: '1', ...extraEnv };
  if (database) {
    // As in production: migrated by the owner role, served by a role that may only read and append credit.
    await ensureApplicationLogin(adminDatabaseUrl);
    env.DATABASE_URL = applicationUrl(database.url);
    env.DATABASE_MIGRATION_URL = database.url;
  } else {
    delete env.DATABASE_URL;
    delete env.DATABASE_MIGRATION_URL;
  }

  const child = spawn(process.execPath, [SERVER_ENTRY], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });

  const cleanUp = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        child.kill('SIGKILL');
        await waitForExit(child, STOP_TIMEOUT_MS);
      }
    }
    await rm(dataDir, { recursive: true, force: true });
    if (database && adminDatabaseUrl) {
      await dropDatabase(adminDatabaseUrl, database.name);
    }
  };

  let baseUrl;
  try {
    baseUrl = await new Promise((resolve, reject) => {
      let stdoutBuffer = '';
      const timer = setTimeout(
        () => reject(new Error(`The server did not print "${READY_MARKER}" within ${READY_TIMEOUT_MS / 1000} s.`)),
        READY_TIMEOUT_MS,
      );
      child.stdout.on('data', (chunk) => {
        output += chunk;
        stdoutBuffer += chunk;
        const lines = stdoutBuffer.split('\n');
        stdoutBuffer = lines.pop() ?? '';
        const readyLine = lines.find((line) => line.includes(READY_MARKER));
        if (readyLine) {
          clearTimeout(timer);
          // Prefer the address the server announces; fall back to the port we gave it.
          const announced = /https?:\/\/[^\s"']+/.exec(readyLine.slice(readyLine.indexOf(READY_MARKER)));
          resolve((announced ? announced[0] : `http://127.0.0.1:${port}`).replace(/\/+$/, ''));
        }
      });
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`The server exited before it was ready (code ${code}, signal ${signal}).`));
      });
    });
  } catch (error) {
    await cleanUp().catch(() => undefined);
    throw new Error(`${error.message}\n--- server output ---\n${output}`, { cause: error });
  }

  return {
    baseUrl,
    output: () => output,
    stop: cleanUp,
  };
}

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));

/** Debian's Chromium, headless with a fresh profile, with the flags this machine needs; `options` add to them. */
export async function openBrowser(options = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}; install it with \`apt-get install -y chromium\`.`);
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  const profileDir = await mkdtemp(join(tmpdir(), 'byline-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1366, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    ...options,
  });
  context.setDefaultTimeout(15_000);
  return { context, profileDir };
}

/**
 * Steps of one journey: once a step fails, the later ones are skipped rather than failing for the same reason, and
 * a screenshot of the failure is kept.
 */
export function journey(it, shot) {
  let broken = false;
  return (name, fn) =>
    it(name, async (t) => {
      if (broken) {
        t.skip('an earlier step of the journey failed');
        return;
      }
      try {
        await fn();
      } catch (error) {
        broken = true;
        await shot(`failed-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => undefined);
        throw error;
      }
    });
}

/**
 * The server and the browser of one journey file: `start()` in `before` (it resolves to `{ server, context, page }`),
 * `stop()` in `after`. Stopping closes the browser, removes its profile, keeps the server's output as
 * `screenshots/<log>` and stops the server, whatever of that had started. Screenshots are `screenshots/<prefix><name>.png`.
 * Options: `browser` for `openBrowser`; `seed(server)` runs once the server is up, before the browser opens;
 * `prepare(context)` runs on the new browser context before its page is taken; `env` adds to the server's environment.
 */
export function browserSession({
  prefix = '',
  log = `${prefix}server.log`,
  browser = {},
  seed,
  prepare,
  env = {},
} = {}) {
  const session = { server: null, context: null, page: null, profileDir: null, pageErrors: [] };
  return {
    /** Errors thrown in the page, for a final `assert.deepEqual(session.pageErrors, [])`. */
    pageErrors: session.pageErrors,
    async start() {
      session.server = await startServer(env);
      if (seed) await seed(session.server);
      ({ context: session.context, profileDir: session.profileDir } = await openBrowser(browser));
      if (prepare) await prepare(session.context);
      session.page = session.context.pages()[0] ?? (await session.context.newPage());
      session.page.on('pageerror', (error) => session.pageErrors.push(error.message));
      return session;
    },
    // Viewport shots: full-page captures smear the fixed header over the page.
    shot: (name) => session.page.screenshot({ path: join(SCREENSHOTS, `${prefix}${name}.png`) }),
    async stop() {
      await session.context?.close();
      if (session.profileDir) await rm(session.profileDir, { recursive: true, force: true });
      if (session.server) {
        await writeFile(join(SCREENSHOTS, log), session.server.output());
        await session.server.stop();
      }
    },
  };
}

/** Signs in through the login page and waits for the shell; with `name`, checks the shell shows that person. */
export async function signIn(page, baseUrl, { email, password, name }) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('Work email').fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('viewer-name').waitFor();
  if (name) assert.equal(await page.getByTestId('viewer-name').textContent(), name);
}

/** Logs out through the account menu and waits for the login page. */
export async function signOut(page, baseUrl) {
  await page.getByTestId('account-menu').click();
  await page.getByRole('menuitem', { name: 'Log out' }).click();
  await page.waitForURL(`${baseUrl}/login`);
}

/** A GraphQL call as another client would make it (not through the page); an error fails the journey. */
export async function api(baseUrl, query, variables = {}, token = null) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, `GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Logs in over the API: `{ token, user: { id } }`. */
export async function apiLogin(baseUrl, { email, password }) {
  const data = await api(
    baseUrl,
    'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token user { id } } }',
    { e: email, p: password },
  );
  return data.login;
}

/**
 * The sheets a page prints on, as Chromium saves it to PDF with the page's own CSS page size: `{ width, height }` in
 * millimetres, which every sheet must share, and how many sheets.
 */
export async function printedSheets(page) {
  // The PDF follows the emulated media; a test that looked at the screen again must not get the screen's layout.
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  await page.emulateMedia({ media: null });
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  assert.ok(boxes.length, 'the PDF has pages');
  const mm = (points) => Math.round((Number(points) * 25.4) / 72);
  const sizes = new Set(boxes.map((box) => `${mm(box[1])} x ${mm(box[2])} mm`));
  assert.equal(sizes.size, 1, `every sheet has the same size, not ${[...sizes].join(', ')}`);
  return { width: mm(boxes[0][1]), height: mm(boxes[0][2]), sheets: boxes.length };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The page's serious and critical accessibility violations (axe-core, WCAG 2.1 A and AA), one readable line each. */
export async function accessibilityViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(axeSource);
  }
  return page.evaluate(async (tags) => {
    // Only violations are read: axe skips collecting the details of what passed.
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) =>
        v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary.split('\n')[1]?.trim()}`),
      );
  }, WCAG);
}

/** A published asset found by its exact title through search, with these fields (GraphQL selection). */
export async function assetTitled(baseUrl, token, title, fields = 'id title') {
  const { assets } = await api(
    baseUrl,
    `query ($s: String!) { assets(search: $s, first: 20) { edges { node { title ${fields} } } } }`,
    { s: title },
    token,
  );
  const found = assets.edges.map((edge) => edge.node).find((node) => node.title === title);
  assert.ok(found, `the asset "${title}" is there`);
  return found;
}

/** A member account made by an admin over the API: `person` has `name`, `email` and `password`. */
export async function createMember(baseUrl, adminToken, person) {
  const { createUser } = await api(
    baseUrl,
    'mutation ($n: String!, $e: String!, $p: String!) { createUser(name: $n, email: $e, password: $p, role: MEMBER) { id } }',
    { n: person.name, e: person.email, p: person.password },
    adminToken,
  );
  return createUser;
}
