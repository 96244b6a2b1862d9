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
  /**
   * Streaming replicas of DATABASE_URL's server (DATABASE_REPLICA_URLS, comma-separated) that leaderboards, reports,
   * search, the feed and win/loss analytics read from, and the replay lag past which a replica is skipped
   * (BYLINE_REPLICA_MAX_LAG_SECONDS).
   */
  replicas: { urls: string[]; maxLagSeconds: number };
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
  /**
   * How many matches a search ranks, counts exactly and counts facets over (BYLINE_SEARCH_CANDIDATES, default 200):
   * above it, totals are shown as "at least" (see the asset repository).
   */
  searchCandidates: number;
  /** How alike two assets' text must be (estimated Jaccard of their word shingles, 0..1) to count as a near-copy. */
  similarityThreshold: number;
  /**
   * Where notification digests are sent from: the SMTP server (BYLINE_SMTP_URL, smtp:// or smtps://) and the sender
   * (BYLINE_MAIL_FROM); undefined means no digests are sent.
   */
  mail?: MailConfig;
  /** Whether people may sign in with an email and password (BYLINE_PASSWORD_LOGIN); off needs single sign-on. */
  passwordLogin: boolean;
  /** Single sign-on with an OpenID Connect provider (BYLINE_OIDC_*); undefined turns it off. */
  oidc?: OidcConfig;
}

export interface MailConfig {
  smtpUrl: string;
  from: string;
}

export interface OidcConfig {
  /** The provider's issuer identifier; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Space-separated, always with `openid` and `email`. */
  scopes: string;
  /** What the login page's button says after "Sign in with". */
  label: string;
  /** The redirect URI to register with the provider: `<publicUrl>/auth/oidc/callback`. */
  redirectUri: string;
  /** An issuer on http (only for localhost): the client then allows plain HTTP to it. */
  insecure: boolean;
  /** The claim whose value (or any of whose values) is looked up in roleMap to give a role. */
  roleClaim?: string;
  /** Claim value to role, such as `byline-admins` to ADMIN. */
  roleMap: Record<string, OidcRole>;
  /** The claim naming the person's team, matched to a team by name. */
  teamClaim?: string;
}

export type OidcRole = 'MEMBER' | 'MANAGER' | 'ENABLEMENT' | 'ADMIN';
const OIDC_ROLES: readonly string[] = ['MEMBER', 'MANAGER', 'ENABLEMENT', 'ADMIN'];

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

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function oidcRoleMap(raw: string | undefined): Record<string, OidcRole> {
  const map: Record<string, OidcRole> = {};
  for (const entry of (raw ?? '').split(',').map((e) => e.trim())) {
    if (!entry) continue;
    const at = entry.lastIndexOf('=');
    const value = at > 0 ? entry.slice(0, at).trim() : '';
    const role =
      at > 0
        ? entry
            .slice(at + 1)
            .trim()
            .toUpperCase()
        : '';
    if (!value || !OIDC_ROLES.includes(role)) {
      throw new ConfigError(
        `BYLINE_OIDC_ROLE_MAP must list claim values and roles such as "sales-leads=MANAGER,enablement=ENABLEMENT" ` +
          `with roles among ${OIDC_ROLES.join(', ')} (got "${entry}")`,
      );
    }
    map[value] = role as OidcRole;
  }
  return map;
}

function claimName(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim() || undefined;
  if (raw && !/^[A-Za-z0-9_:/.-]{1,200}$/.test(raw)) {
    throw new ConfigError(`${name} must be a claim name such as "groups" (got "${raw}")`);
  }
  return raw;
}

function oidc(env: NodeJS.ProcessEnv, publicBase: string): OidcConfig | undefined {
  const issuerRaw = env.BYLINE_OIDC_ISSUER?.trim() || undefined;
  const clientId = env.BYLINE_OIDC_CLIENT_ID?.trim() || undefined;
  const clientSecret = env.BYLINE_OIDC_CLIENT_SECRET || undefined;
  if (!issuerRaw) {
    for (const name of [
      'BYLINE_OIDC_CLIENT_ID',
      'BYLINE_OIDC_CLIENT_SECRET',
      'BYLINE_OIDC_ROLE_CLAIM',
      'BYLINE_OIDC_TEAM_CLAIM',
    ]) {
      if (env[name]) throw new ConfigError(`${name} needs BYLINE_OIDC_ISSUER`);
    }
    return undefined;
  }
  let issuer: URL;
  try {
    issuer = new URL(issuerRaw);
  } catch {
    throw new ConfigError(
      `BYLINE_OIDC_ISSUER must be the provider's issuer URL, such as https://login.example.com (got "${issuerRaw}")`,
    );
  }
  const local = LOCAL_HOSTS.has(issuer.hostname);
  if (issuer.protocol !== 'https:' && !(issuer.protocol === 'http:' && local)) {
    throw new ConfigError(
      `BYLINE_OIDC_ISSUER must start with https:// (http:// only for localhost) (got "${issuerRaw}")`,
    );
  }
  if (issuer.search || issuer.hash || issuer.username || issuer.password) {
    throw new ConfigError(
      `BYLINE_OIDC_ISSUER must be a plain URL without query, fragment or credentials (got "${issuerRaw}")`,
    );
  }
  if (!clientId) throw new ConfigError('BYLINE_OIDC_CLIENT_ID is required with BYLINE_OIDC_ISSUER');
  if (!clientSecret) throw new ConfigError('BYLINE_OIDC_CLIENT_SECRET is required with BYLINE_OIDC_ISSUER');
  const scopeList = (env.BYLINE_OIDC_SCOPES ?? 'openid email profile').split(/[\s,]+/).filter(Boolean);
  for (const scope of scopeList) {
    if (!/^[\x21\x23-\x5B\x5D-\x7E]+$/.test(scope)) {
      throw new ConfigError(`BYLINE_OIDC_SCOPES has an invalid scope "${scope}"`);
    }
  }
  const scopes = [...new Set(['openid', 'email', ...scopeList])].join(' ');
  const roleClaim = claimName(env, 'BYLINE_OIDC_ROLE_CLAIM');
  const roleMap = oidcRoleMap(env.BYLINE_OIDC_ROLE_MAP);
  if (roleClaim && Object.keys(roleMap).length === 0) {
    throw new ConfigError('BYLINE_OIDC_ROLE_CLAIM needs BYLINE_OIDC_ROLE_MAP (claim values and the roles they give)');
  }
  if (!roleClaim && Object.keys(roleMap).length > 0) {
    throw new ConfigError('BYLINE_OIDC_ROLE_MAP needs BYLINE_OIDC_ROLE_CLAIM');
  }
  return {
    // The issuer identifier is compared exactly with the discovery document's and the ID token's `iss`.
    issuer: issuerRaw,
    clientId,
    clientSecret,
    scopes,
    label: env.BYLINE_OIDC_LABEL?.trim().slice(0, 60) || issuer.hostname,
    redirectUri: `${publicBase}/auth/oidc/callback`,
    insecure: issuer.protocol === 'http:',
    roleClaim,
    roleMap,
    teamClaim: claimName(env, 'BYLINE_OIDC_TEAM_CLAIM'),
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
  const replicaUrls = (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  for (const url of replicaUrls) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new ConfigError('DATABASE_REPLICA_URLS must list postgres:// or postgresql:// URLs, comma-separated');
    }
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
  const publicBase = publicUrl(env, port);
  const sso = oidc(env, publicBase);
  const passwordLogin = flag(env, 'BYLINE_PASSWORD_LOGIN', true);
  if (!passwordLogin && !sso) {
    throw new ConfigError('BYLINE_PASSWORD_LOGIN=0 needs single sign-on (BYLINE_OIDC_ISSUER), or nobody could sign in');
  }
  return {
    nodeEnv,
    port,
    databaseUrl,
    databaseMigrationUrl,
    databasePoolMax: int(env, 'BYLINE_DB_POOL_MAX', 10, 1, 200),
    replicas: { urls: replicaUrls, maxLagSeconds: int(env, 'BYLINE_REPLICA_MAX_LAG_SECONDS', 10, 1, 86400) },
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
    publicUrl: publicBase,
    organisationName: env.BYLINE_ORG_NAME?.trim().slice(0, 200) || undefined,
    shareRateLimit: {
      pagePerIp: int(env, 'BYLINE_SHARE_PAGE_RATE_PER_IP', 120, 1, 1_000_000),
      pagePerLink: int(env, 'BYLINE_SHARE_PAGE_RATE_PER_LINK', 600, 1, 1_000_000),
      beaconPerIp: int(env, 'BYLINE_SHARE_BEACON_RATE_PER_IP', 600, 1, 1_000_000),
      beaconPerViewer: int(env, 'BYLINE_SHARE_BEACON_RATE_PER_VIEWER', 60, 1, 1_000_000),
      beaconPerLink: int(env, 'BYLINE_SHARE_BEACON_RATE_PER_LINK', 600, 1, 1_000_000),
    },
    embed: embedPanel,
    searchCandidates: int(env, 'BYLINE_SEARCH_CANDIDATES', 200, 1, 100_000),
    similarityThreshold: fraction(env, 'BYLINE_SIMILARITY_THRESHOLD', 0.6),
    mail: mail(env),
    passwordLogin,
    oidc: sso,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
