import { Inject, Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { DataSource } from 'typeorm';
import type { EntityManager } from 'typeorm';
import { TokenService } from '../../core/auth/token.service.js';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig, OidcConfig } from '../../core/config/config.js';
import { Role, UserStatus } from '../user/user.entity.js';
import type { UserEntity } from '../user/user.entity.js';
import { normaliseEmail } from '../user/user.service.js';
import { FLOW_TTL_SECONDS } from './sso-flow.js';
import type { SsoFlow } from './sso-flow.js';
import { SsoRepository } from './sso.repository.js';

/**
 * Why a sign-in was refused, as the login page names it (`/login?sso=<reason>`): the provider's answer did not pass
 * the checks or the flow expired (`failed`), the provider reported an error such as a cancelled sign-in
 * (`cancelled`), no verified email (`unverified`), an account that is suspended or departed (`inactive`), an
 * account already linked to another identity at the provider (`conflict`), the provider cannot be reached
 * (`unavailable`), or too many sign-in attempts from this address this minute (`busy`).
 */
export type SsoRefusal = 'failed' | 'cancelled' | 'unverified' | 'inactive' | 'conflict' | 'unavailable' | 'busy';

export class SsoRefused extends Error {
  constructor(
    readonly reason: SsoRefusal,
    detail: string,
  ) {
    super(detail);
  }
}

const ROLE_RANK: Record<Role, number> = {
  [Role.MEMBER]: 0,
  [Role.MANAGER]: 1,
  [Role.ENABLEMENT]: 2,
  [Role.ADMIN]: 3,
};

type Claims = Record<string, unknown>;

const claimValues = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v.length > 0);

/** An openid-client error in words for the log: its message, code and the provider's error, if any. */
function explain(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, error: providerError, cause } = error as Error & { code?: string; error?: string; cause?: unknown };
  const causeText = cause && typeof cause === 'object' && 'message' in cause ? String(cause.message) : '';
  return [error.message, code, providerError, causeText].filter(Boolean).join(' / ');
}

/** The person's name from the usual claims, or the email's local part. */
function nameOf(claims: Claims, email: string): string {
  const str = (key: string) => {
    const value = claims[key];
    return typeof value === 'string' ? value.trim() : '';
  };
  const name =
    str('name') || [str('given_name'), str('family_name')].filter(Boolean).join(' ') || str('preferred_username');
  return (name || email.split('@')[0]).slice(0, 120);
}

/** Signs people in with the OpenID Connect provider: the authorization code flow with PKCE, state and nonce. */
@Injectable()
export class SsoService {
  private readonly logger = new Logger(SsoService.name);
  private discovered?: Promise<client.Configuration>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly repository: SsoRepository,
    private readonly tokens: TokenService,
  ) {}

  private get oidc(): OidcConfig {
    return this.config.oidc!;
  }

  /**
   * The provider's configuration, discovered once. Discovery checks that the document's issuer is exactly the
   * configured one; every ID token's signature is checked against the provider's keys as well as its issuer,
   * audience, nonce and lifetime.
   */
  private provider(): Promise<client.Configuration> {
    if (!this.discovered) {
      const { issuer, clientId, clientSecret, insecure } = this.oidc;
      this.discovered = client
        .discovery(new URL(issuer), clientId, { client_secret: clientSecret }, client.ClientSecretBasic(clientSecret), {
          execute: [client.enableNonRepudiationChecks, ...(insecure ? [client.allowInsecureRequests] : [])],
          timeout: 10,
        })
        .catch((error: unknown) => {
          this.discovered = undefined;
          this.logger.error(`The OpenID provider ${issuer} could not be discovered: ${String(error)}`);
          throw new SsoRefused('unavailable', 'The sign-in provider cannot be reached.');
        });
    }
    return this.discovered;
  }

  /** Where to send the browser to sign in, and the flow the callback will check its answer against. */
  async start(returnTo: string): Promise<{ url: string; flow: SsoFlow }> {
    const provider = await this.provider();
    const verifier = client.randomPKCECodeVerifier();
    const flow: SsoFlow = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier,
      returnTo,
      expiresAt: Date.now() + FLOW_TTL_SECONDS * 1000,
    };
    const url = client.buildAuthorizationUrl(provider, {
      redirect_uri: this.oidc.redirectUri,
      scope: this.oidc.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return { url: url.href, flow };
  }

  /**
   * Checks the provider's answer on the callback URL against the flow and redeems the code; then finds, links or
   * creates the account and issues a session token for it.
   */
  async finish(query: string, flow: SsoFlow): Promise<{ token: string; user: UserEntity }> {
    const provider = await this.provider();
    const params = new URLSearchParams(query);
    if (params.has('error')) {
      throw new SsoRefused(
        'cancelled',
        `The provider answered ${params.get('error')}: ${params.get('error_description') ?? ''}`,
      );
    }
    const callbackUrl = new URL(this.oidc.redirectUri);
    callbackUrl.search = params.toString();
    let claims: Claims;
    try {
      const tokens = await client.authorizationCodeGrant(provider, callbackUrl, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('no ID token');
      claims = { ...idToken };
      // Providers often put the profile and email claims in the UserInfo response only; it must be about the same
      // subject. The ID token's issuer and subject stand.
      if (provider.serverMetadata().userinfo_endpoint) {
        const info = await client.fetchUserInfo(provider, tokens.access_token, idToken.sub);
        claims = { ...info, ...idToken };
        for (const key of ['email', 'email_verified', 'name', 'given_name', 'family_name']) {
          if (info[key] !== undefined) claims[key] = info[key];
        }
        for (const key of [this.oidc.roleClaim, this.oidc.teamClaim]) {
          if (key && info[key] !== undefined) claims[key] = info[key];
        }
      }
    } catch (error) {
      if (error instanceof SsoRefused) throw error;
      throw new SsoRefused('failed', `The provider's answer was refused: ${explain(error)}`);
    }
    const user = await this.dataSource.transaction((em) => this.account(em, claims));
    return { token: await this.tokens.issue(user.id), user };
  }

  /** The account these verified claims sign in to: by subject, else linked by verified email, else created. */
  private async account(em: EntityManager, claims: Claims): Promise<UserEntity> {
    const issuer = String(claims.iss);
    const subject = String(claims.sub);
    if (!subject || subject.length > 255 || issuer.length > 500) throw new SsoRefused('failed', 'Bad subject');
    const linked = await this.repository.bySubject(em, issuer, subject);
    if (linked) {
      this.mustBeActive(linked);
      await this.applyClaims(em, linked, claims);
      await this.repository.touch(em, issuer, subject);
      return linked;
    }
    const email = this.verifiedEmail(claims);
    const existing = await this.repository.byEmail(em, issuer, email);
    if (existing) {
      this.mustBeActive(existing.user);
      if (existing.linkedSubject !== null) {
        throw new SsoRefused('conflict', `${email} is linked to another identity at ${issuer}`);
      }
      await this.repository.link(em, existing.user.id, issuer, subject, email);
      await this.applyClaims(em, existing.user, claims);
      this.logger.log(`Linked ${email} to its identity at ${issuer}`);
      return existing.user;
    }
    const user = await this.repository.createUser(em, {
      email,
      name: nameOf(claims, email),
      role: this.mappedRole(claims) ?? Role.MEMBER,
      teamId: await this.mappedTeam(em, claims),
    });
    await this.repository.link(em, user.id, issuer, subject, email);
    this.logger.log(`Created the account of ${email} at its first sign-in with ${issuer}`);
    return user;
  }

  private mustBeActive(user: UserEntity): void {
    if (user.status !== UserStatus.ACTIVE) {
      throw new SsoRefused('inactive', `The account ${user.id} is ${user.status.toLowerCase()}`);
    }
  }

  /** The email, lower-case, when the provider says it verified it; refused otherwise. */
  private verifiedEmail(claims: Claims): string {
    const raw = claims.email;
    // Some providers send the flag as a string.
    const verified = claims.email_verified === true || claims.email_verified === 'true';
    if (typeof raw !== 'string' || !verified) {
      throw new SsoRefused('unverified', 'The provider gave no verified email');
    }
    const email = normaliseEmail(raw);
    if (email.length > 254 || !/^[^\s@]+@[^\s@]+$/.test(email)) throw new SsoRefused('unverified', 'Not an email');
    return email;
  }

  /** The highest role the role claim's values map to, if any does. */
  private mappedRole(claims: Claims): Role | undefined {
    const { roleClaim, roleMap } = this.oidc;
    if (!roleClaim) return undefined;
    let role: Role | undefined;
    for (const value of claimValues(claims[roleClaim])) {
      const mapped = roleMap[value] as Role | undefined;
      if (mapped && (role === undefined || ROLE_RANK[mapped] > ROLE_RANK[role])) role = mapped;
    }
    return role;
  }

  private async mappedTeam(em: EntityManager, claims: Claims): Promise<string | null> {
    const { teamClaim } = this.oidc;
    if (!teamClaim) return null;
    const [name] = claimValues(claims[teamClaim]);
    return name ? this.repository.teamNamed(em, name.slice(0, 120)) : null;
  }

  /** The provider is the source of truth for role and team when it names ones Byline knows. */
  private async applyClaims(em: EntityManager, user: UserEntity, claims: Claims): Promise<void> {
    const role = this.mappedRole(claims) ?? user.role;
    const teamId = (await this.mappedTeam(em, claims)) ?? user.teamId;
    await this.repository.setRoleAndTeam(em, user, role, teamId);
  }
}
