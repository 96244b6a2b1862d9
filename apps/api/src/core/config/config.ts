import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findRepoRoot } from './repo-root.js';

export interface AppConfig {
  nodeEnv: string;
  port: number;
  /** PostgreSQL connection string; undefined selects the embedded database. */
  databaseUrl?: string;
  /**
   * The owner role's connection string, for migrations (DATABASE_MIGRATION_URL); undefined means DATABASE_URL's
   * role migrates too (a single-role trial) or the embedded database.
   */
  databaseMigrationUrl?: string;
  /** Connections to a PostgreSQL server (the embedded database always uses one). */
  databasePoolMax: number;
  dataDir: string;
  demo: boolean;
  adminEmail?: string;
  adminPassword?: string;
  fiscalYearStartMonth: number;
  jwtSecret: string;
  tokenTtlSeconds: number;
  redisUrl?: string;
  /** What Byline's Redis keys start with, so several installations (or test runs) can share one Redis. */
  redisKeyPrefix: string;
  logLevel: string;
  webDist: string;
  /**
   * Login throttling: attempts per address per minute; failures tolerated per email from one address and per
   * address before each further failure doubles the wait; how long failures are remembered.
   */
  loginRateLimit: {
    perIpPerMinute: number;
    failuresPerEmail: number;
    failuresPerIp: number;
    failureWindowSeconds: number;
  };
  /** Where attachment files are kept and how large one may be. */
  attachments: { dir: string; maxBytes: number };
  /**
   * Background jobs (pg-boss on the same database): whether this process works the queues (BYLINE_JOB_WORKERS; any
   * number of processes may, each job runs once) and how often an idle worker looks for work.
   */
  jobs: { workers: boolean; pollSeconds: number };
  /** Signs CRM deal webhooks (HMAC-SHA256); unset turns the webhook off. */
  webhookSecret?: string;
  /** The bearer token /metrics asks for; in production /metrics is off without one. */
  metricsToken?: string;
  /** Where buyers reach Byline: share links are `<publicUrl>/s/<token>` (BYLINE_PUBLIC_URL, no trailing slash). */
  publicUrl: string;
  /** The organisation's name on the pages buyers see (BYLINE_ORG_NAME); none by default. */
  organisationName?: string;
  /**
   * Throttling of the public share-link routes, per minute: page loads and gate submissions per client address
   * (across all links) and per link; beacons per viewer (one browser tab) and per link.
   */
  shareRateLimit: {
    pagePerIp: number;
    pagePerLink: number;
    beaconPerIp: number;
    beaconPerViewer: number;
    beaconPerLink: number;
  };
  /**
   * The CRM deal panel (/embed/deals/<crm id>): the secret CRM servers sign its tokens with (BYLINE_EMBED_SECRET)
   * and the origins that may frame it (BYLINE_EMBED_ORIGINS); undefined turns the panel off.
   */
  embed?: EmbedConfig;
  /** How alike two assets' text must be (estimated Jaccard of their word shingles, 0..1) to count as a near-copy. */
  similarityThreshold: number;
  /**
   * Where notification digests are sent from: the SMTP server (BYLINE_SMTP_URL, smtp:// or smtps://) and the sender
   * (BYLINE_MAIL_FROM); undefined means no digests are sent.
   */
  mail?: MailConfig;
}

export interface MailConfig {
  smtpUrl: string;
  from: string;
}

export interface EmbedConfig {
  secret: string;
  origins: string[];
  /** How long the session a token is exchanged for lasts. */
  sessionTtlSeconds: number;
  /** Token exchanges per client address per minute. */
  exchangesPerIpPerMinute: number;
}

export class ConfigError extends Error {}

const repoRoot = findRepoRoot();

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1 or 0 (got "${raw}")`);
}

// A self-hosted instance without BYLINE_JWT_SECRET still gets a strong secret, kept beside its data and
// stable across restarts; production deployments must set it explicitly.
function jwtSecret(env: NodeJS.ProcessEnv, dataDir: string, production: boolean): string {
  const fromEnv = env.BYLINE_JWT_SECRET;
  if (fromEnv) {
    if (fromEnv.length < 32) throw new ConfigError('BYLINE_JWT_SECRET must be at least 32 characters');
    return fromEnv;
  }
  if (production) throw new ConfigError('BYLINE_JWT_SECRET is required when NODE_ENV=production');
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

function webhookSecret(env: NodeJS.ProcessEnv): string | undefined {
  const secret = env.BYLINE_WEBHOOK_SECRET || undefined;
  if (secret && secret.length < 16) throw new ConfigError('BYLINE_WEBHOOK_SECRET must be at least 16 characters');
  return secret;
}

function fraction(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > 1) {
    throw new ConfigError(`${name} must be a number above 0 and at most 1, such as 0.6 (got "${raw}")`);
  }
  return value;
}

function publicUrl(env: NodeJS.ProcessEnv, port: number): string {
  const raw = env.BYLINE_PUBLIC_URL || `http://localhost:${port}`;
  if (!/^https?:\/\/[^/]+/.test(raw)) throw new ConfigError('BYLINE_PUBLIC_URL must start with http:// or https://');
  return raw.replace(/\/+$/, '');
}

function mail(env: NodeJS.ProcessEnv): MailConfig | undefined {
  const smtpUrl = env.BYLINE_SMTP_URL || undefined;
  if (!smtpUrl) return undefined;
  if (!/^smtps?:\/\/[^/]+/.test(smtpUrl)) throw new ConfigError('BYLINE_SMTP_URL must start with smtp:// or smtps://');
  const from = env.BYLINE_MAIL_FROM || 'Byline <byline@localhost>';
  if (from.length > 200 || /[\r\n]/.test(from)) throw new ConfigError('BYLINE_MAIL_FROM must be one address');
  return { smtpUrl, from };
}

function metricsToken(env: NodeJS.ProcessEnv): string | undefined {
  const token = env.BYLINE_METRICS_TOKEN || undefined;
  if (token && token.length < 16) throw new ConfigError('BYLINE_METRICS_TOKEN must be at least 16 characters');
  return token;
}

function embedOrigins(raw: string | undefined): string[] {
  const origins = (raw ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(
        `BYLINE_EMBED_ORIGINS must list origins such as https://example.my.salesforce.com, comma-separated (got "${origin}")`,
      );
    }
  }
  return origins;
}

function embed(env: NodeJS.ProcessEnv): EmbedConfig | undefined {
  const secret = env.BYLINE_EMBED_SECRET || undefined;
  if (!secret) {
    if (env.BYLINE_EMBED_ORIGINS) throw new ConfigError('BYLINE_EMBED_ORIGINS needs BYLINE_EMBED_SECRET');
    return undefined;
  }
  if (secret.length < 32) throw new ConfigError('BYLINE_EMBED_SECRET must be at least 32 characters');
  return {
    secret,
    origins: embedOrigins(env.BYLINE_EMBED_ORIGINS),
    sessionTtlSeconds: int(env, 'BYLINE_EMBED_SESSION_TTL_SECONDS', 8 * 3600, 60, 24 * 3600),
    exchangesPerIpPerMinute: int(env, 'BYLINE_EMBED_EXCHANGES_PER_IP', 60, 1, 100000),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  // npm runs workspace scripts inside the workspace; a relative path means relative to where npm was started.
  const dataDir = env.BYLINE_DATA_DIR
    ? resolve(env.INIT_CWD ?? process.cwd(), env.BYLINE_DATA_DIR)
    : join(repoRoot, '.byline/data');
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const databaseMigrationUrl = env.DATABASE_MIGRATION_URL || undefined;
  if (databaseMigrationUrl && !databaseUrl) {
    throw new ConfigError('DATABASE_MIGRATION_URL needs DATABASE_URL (the embedded database has a single role)');
  }
  if (databaseMigrationUrl && !/^postgres(ql)?:\/\//.test(databaseMigrationUrl)) {
    throw new ConfigError('DATABASE_MIGRATION_URL must start with postgres:// or postgresql://');
  }
  const adminEmail = env.BYLINE_ADMIN_EMAIL || undefined;
  const adminPassword = env.BYLINE_ADMIN_PASSWORD || undefined;
  if (Boolean(adminEmail) !== Boolean(adminPassword)) {
    throw new ConfigError('BYLINE_ADMIN_EMAIL and BYLINE_ADMIN_PASSWORD must be set together');
  }
  const port = int(env, 'PORT', 3000, 0, 65535);
  const jwt = jwtSecret(env, databaseUrl ? join(repoRoot, '.byline') : dataDir, production);
  const embedPanel = embed(env);
  // The CRM holds the embed secret: were it the session secret too, the CRM could sign Byline sessions.
  if (embedPanel?.secret === jwt) throw new ConfigError('BYLINE_EMBED_SECRET must differ from BYLINE_JWT_SECRET');
  return {
    nodeEnv,
    port,
    databaseUrl,
    databaseMigrationUrl,
    databasePoolMax: int(env, 'BYLINE_DB_POOL_MAX', 10, 1, 200),
    dataDir,
    demo: flag(env, 'BYLINE_DEMO', true),
    adminEmail,
    adminPassword,
    fiscalYearStartMonth: int(env, 'FISCAL_YEAR_START_MONTH', 1, 1, 12),
    jwtSecret: jwt,
    tokenTtlSeconds: int(env, 'BYLINE_TOKEN_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    redisUrl: env.REDIS_URL || undefined,
    redisKeyPrefix: env.BYLINE_REDIS_KEY_PREFIX || 'byline',
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    webDist: resolve(env.BYLINE_WEB_DIST || join(repoRoot, 'apps/web/dist')),
    attachments: {
      dir: env.BYLINE_ATTACHMENTS_DIR
        ? resolve(env.INIT_CWD ?? process.cwd(), env.BYLINE_ATTACHMENTS_DIR)
        : join(dataDir, 'attachments'),
      maxBytes: int(env, 'BYLINE_ATTACHMENT_MAX_BYTES', 25 * 1024 * 1024, 1, 1024 * 1024 * 1024),
    },
    loginRateLimit: {
      perIpPerMinute: int(env, 'BYLINE_LOGIN_RATE_PER_IP', 30, 1, 100000),
      failuresPerEmail: int(env, 'BYLINE_LOGIN_FAILURES_PER_EMAIL', 5, 1, 1000),
      failuresPerIp: int(env, 'BYLINE_LOGIN_FAILURES_PER_IP', 20, 1, 100000),
      failureWindowSeconds: int(env, 'BYLINE_LOGIN_FAILURE_WINDOW_SECONDS', 86400, 1, 30 * 86400),
    },
    jobs: {
      workers: flag(env, 'BYLINE_JOB_WORKERS', true),
      pollSeconds: int(env, 'BYLINE_JOB_POLL_SECONDS', 2, 1, 60),
    },
    webhookSecret: webhookSecret(env),
    metricsToken: metricsToken(env),
    publicUrl: publicUrl(env, port),
    organisationName: env.BYLINE_ORG_NAME?.trim().slice(0, 200) || undefined,
    shareRateLimit: {
      pagePerIp: int(env, 'BYLINE_SHARE_PAGE_RATE_PER_IP', 120, 1, 1_000_000),
      pagePerLink: int(env, 'BYLINE_SHARE_PAGE_RATE_PER_LINK', 600, 1, 1_000_000),
      beaconPerIp: int(env, 'BYLINE_SHARE_BEACON_RATE_PER_IP', 600, 1, 1_000_000),
      beaconPerViewer: int(env, 'BYLINE_SHARE_BEACON_RATE_PER_VIEWER', 60, 1, 1_000_000),
      beaconPerLink: int(env, 'BYLINE_SHARE_BEACON_RATE_PER_LINK', 600, 1, 1_000_000),
    },
    embed: embedPanel,
    similarityThreshold: fraction(env, 'BYLINE_SIMILARITY_THRESHOLD', 0.6),
    mail: mail(env),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
