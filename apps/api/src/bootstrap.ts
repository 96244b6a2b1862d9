import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { constants as zlibConstants } from 'node:zlib';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCompress from '@fastify/compress';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Logger as PinoLogger } from 'nestjs-pino';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { OperationPermissions } from './core/auth/operation-permissions.js';
import { registerCookies } from './core/auth/web-session.js';
import type { AppConfig } from './core/config/config.js';
import { dataSourceOptions } from './core/database/data-source-options.js';
import { openDatabase } from './core/database/embedded-postgres.js';
import { readContext } from './core/database/read-context.js';
import type { ReadContext } from './core/database/read-context.js';
import { ReadDatabase } from './core/database/read-database.js';
import type { Database } from './core/database/embedded-postgres.js';
import { runPendingMigrations } from './core/database/migration.repository.js';
import { ViewerService } from './core/auth/viewer.service.js';
import { GRAPHQL_BODY_LIMIT, limitGraphqlBodies } from './core/graphql/body-limit.js';
import { parseJsonBodies } from './core/http/json-body.js';
import { JobQueue } from './core/jobs/job-queue.service.js';
import { PAGE_PRELOADS_FILE, loadPageHints } from './core/http/page-preloads.js';
import { requestId } from './core/logging/logger.options.js';
import { STYLE_NONCE_PLACEHOLDER, registerSecurityHeaders } from './core/security/security-headers.js';
import type { FrameablePage } from './core/security/security-headers.js';
import { IMPORT_OPERATIONS, MAX_IMPORT_BYTES } from './modules/crm-import/import-kind.js';
import { MetricsService, methodLabel } from './core/metrics/metrics.service.js';
import { SetupService } from './modules/setup/setup.service.js';
import type { SetupResult } from './modules/setup/setup.service.js';

export interface StartOptions {
  /** Run pending migrations before serving (default true). */
  migrate?: boolean;
  /** First admin and demo data into an empty database (default true). */
  setup?: boolean;
  host?: string;
}

export interface RunningByline {
  app: NestFastifyApplication;
  url: string;
  databaseUrl: string;
  embedded: boolean;
  setup: SetupResult | null;
  startedInMs: number;
  close(): Promise<void>;
}

const API_PREFIXES = [
  '/graphql',
  '/health',
  '/metrics',
  '/webhooks',
  '/imports',
  '/attachments',
  '/periods',
  '/static',
  // Share links' buyer pages, files and beacons (modules/share): an unknown path there is not the web app.
  '/s/',
  '/embed/session',
  // Single sign-on's login and callback (modules/sso).
  '/auth/oidc/',
];

/** The CRM deal panel's page (the web app's /embed/deals/<crm id>), served only while the panel is on. */
const EMBED_PAGE = /^\/embed\/deals\/[^/]+\/?$/;

/** The pages other sites may frame: the CRM deal panel, by the origins BYLINE_EMBED_ORIGINS lists. */
export function frameablePages(config: AppConfig): FrameablePage[] {
  return config.embed ? [{ path: EMBED_PAGE, ancestors: config.embed.origins }] : [];
}

export async function startByline(config: AppConfig, options: StartOptions = {}): Promise<RunningByline> {
  const started = performance.now();
  const database = await openDatabase(config);
  let app: NestFastifyApplication | undefined;
  try {
    app = await NestFactory.create<NestFastifyApplication>(
      AppModule.forRoot({ config, databaseUrl: database.url, poolMax: database.poolMax, embedded: database.embedded }),
      new FastifyAdapter({
        trustProxy: process.env.BYLINE_TRUST_PROXY === '1',
        requestIdHeader: false,
        // Share-link tokens are path parameters: an overlong one is answered like any unknown link, not with 414.
        routerOptions: { maxParamLength: 1024 },
        // Room for a 1 MB asset body plus the rest of the request; larger bodies get 413 before any parsing.
        bodyLimit: GRAPHQL_BODY_LIMIT,
        genReqId: requestId,
      }),
      // rawBody keeps the bytes of JSON bodies as req.rawBody: the CRM webhook's signature is over those bytes.
      { bufferLogs: true, abortOnError: false, rawBody: true },
    );
    app.useLogger(app.get(PinoLogger));
    app.enableShutdownHooks = () => app as NestFastifyApplication; // signals are handled by main.ts, in order
    await registerSecurityHeaders(app.getHttpAdapter().getInstance(), frameablePages(config));
    await registerCookies(app.getHttpAdapter().getInstance());
    routeReads(app);
    await compressResponses(app);
    await app.register(fastifyMultipart, { limits: { fileSize: config.attachments.maxBytes, files: 1, fields: 4 } });
    limitGraphqlBodies(app.getHttpAdapter().getInstance(), {
      fields: IMPORT_OPERATIONS,
      largeLimit: MAX_IMPORT_BYTES,
      authenticated: async (req) =>
        (await app
          ?.get(ViewerService)
          .viewerOf(req)
          .catch(() => null)) != null,
    });
    parseJsonBodies(app, GRAPHQL_BODY_LIMIT);
    await serveWebApp(app, config);
    observeRequests(app);
    await app.init();

    const dataSource = app.get(DataSource);
    if (options.migrate !== false) await migrate(dataSource, config);
    assertEveryOperationDeclaresPermission(app.get(OperationPermissions));
    const setup = options.setup !== false ? await app.get(SetupService).run() : null;
    await app.get(JobQueue).start();

    await app.listen(config.port, options.host ?? process.env.HOST ?? '0.0.0.0');
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const running = app;
    return {
      app,
      url: `http://localhost:${port}`,
      databaseUrl: database.url,
      embedded: database.embedded,
      setup,
      startedInMs: performance.now() - started,
      close: closeInOrder(running, database),
    };
  } catch (error) {
    return abandonStart(app, database, error);
  }
}

const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Each request carries what routing its reads needs (core/database/read-database.ts): whether it writes (any
 * method but GET on a route; a mutation, which the guard marks, on /graphql) and who asks (set by the guard). Before
 * the answer of a person's write leaves, the primary's WAL position is remembered for their next reads.
 */
function routeReads(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const contexts = new WeakMap<object, ReadContext>();
  fastify.addHook('onRequest', (req, _reply, done) => {
    const path = req.url.split('?')[0];
    const context: ReadContext = { userId: null, writing: !READ_ONLY_METHODS.has(req.method) && path !== '/graphql' };
    contexts.set(req.raw, context);
    readContext.run(context, done);
  });
  fastify.addHook('onSend', async (req, _reply, payload) => {
    const context = contexts.get(req.raw);
    if (context?.writing && context.userId) {
      await app
        .get(ReadDatabase)
        .afterWrite(context)
        .catch((error: unknown) => new Logger('ReadDatabase').warn(`Last write not remembered: ${String(error)}`));
    }
    return payload;
  });
}

/** Closes an application started on a database: the application (and its pool) first, then the database. */
export function closeInOrder(app: { close(): Promise<void> }, database: Database): () => Promise<void> {
  return async () => {
    await app.close();
    await database.close();
  };
}

/** After a failed start: closes whatever was opened, then fails with the start's error. */
export async function abandonStart(
  app: { close(): Promise<void> } | undefined,
  database: Database,
  error: unknown,
): Promise<never> {
  await app?.close().catch(() => undefined);
  await database.close();
  throw error;
}

/**
 * Runs pending migrations as the owner role (DATABASE_MIGRATION_URL) on a connection of its own, or, for the
 * embedded database and a single-role trial, on the application's own connection.
 */
export async function migrate(dataSource: DataSource, config: AppConfig): Promise<void> {
  if (!config.databaseMigrationUrl) {
    if (config.databaseUrl) {
      new Logger('Database').warn(
        'DATABASE_MIGRATION_URL is not set: the DATABASE_URL role migrates, owns the ledger and could rewrite it. ' +
          'For production, migrate as the owner role and connect as a member of byline_app (see README).',
      );
    }
    return runPendingMigrations(dataSource);
  }
  const owner = new DataSource(dataSourceOptions(config.databaseMigrationUrl, 1, false));
  await owner.initialize();
  try {
    await runPendingMigrations(owner);
  } finally {
    await owner.destroy();
  }
}

function assertEveryOperationDeclaresPermission(permissions: OperationPermissions): void {
  const undeclared = permissions.list().filter((p) => !p.permission);
  if (undeclared.length) {
    throw new Error(`Operations without a declared permission: ${undeclared.map((p) => p.operation).join(', ')}`);
  }
}

async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const { webDist } = config;
  const fastify = app.getHttpAdapter().getInstance();
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    fastify.get('/', (_req, reply) => {
      void reply
        .type('text/plain')
        .send('The web app is not built. Run `npm run build` (or `npm start`), then reload.');
    });
    return;
  }
  // Hashed bundles under /static (whatever a rebuild adds; cached for good), the few top-level files as they are.
  // The build writes .br and .gz copies beside them: a browser gets the smallest encoding it accepts.
  await app.register(fastifyStatic, {
    root: join(webDist, 'static'),
    prefix: '/static/',
    maxAge: 365 * 24 * 3600 * 1000,
    immutable: true,
    preCompressed: true,
  });
  // The page carries this response's style nonce, which the Content-Security-Policy header names; the compression
  // hook encodes it per response like any other reply.
  const html = readFileSync(index, 'utf8');
  const hints = loadPageHints(webDist, STYLE_NONCE_PLACEHOLDER);
  const page = (req: FastifyRequest, reply: FastifyReply) => {
    const pathname = req.url.split('?')[0] ?? '/';
    const withHints = html.replace('</head>', `  ${hints(pathname)}\n  </head>`);
    return reply
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(withHints.replaceAll(STYLE_NONCE_PLACEHOLDER, reply.styleNonce));
  };
  for (const file of readdirSync(webDist, { withFileTypes: true })) {
    if (!file.isFile() || file.name === 'index.html' || file.name === PAGE_PRELOADS_FILE) continue;
    fastify.get(`/${file.name}`, (_req, reply) => {
      void reply.header('cache-control', 'public, max-age=86400').sendFile(file.name, webDist, { cacheControl: false });
    });
  }
  // Client-side routes (/library, /admin, ...) all get the app's page; unknown API paths stay 404.
  fastify.get('/*', (req, reply) => {
    const embedOff = !config.embed && req.url.startsWith('/embed/');
    if (embedOff || API_PREFIXES.some((p) => req.url.startsWith(p))) {
      void reply.code(404).send({ statusCode: 404, message: 'Not found' });
      return;
    }
    void page(req, reply);
  });
  fastify.get('/', (req, reply) => {
    void page(req, reply);
  });
}

/**
 * Brotli or gzip for every compressible reply of 1 kB or more (the page, GraphQL answers, CSV reports), at a quality
 * that costs little CPU per response. Files under /static/ arrive already compressed by the build and pass untouched.
 * Request bodies are never inflated: a small compressed upload must not become a large one.
 */
async function compressResponses(app: NestFastifyApplication): Promise<void> {
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    globalDecompression: false,
    brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}

/** Echoes the request id to the caller and times every request for /metrics. */
function observeRequests(app: NestFastifyApplication): void {
  const metrics = app.get(MetricsService);
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (req, reply, done) => {
    void reply.header('x-request-id', req.id);
    done();
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    metrics.httpDuration.observe(
      { method: methodLabel(req.method), route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
