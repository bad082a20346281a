/**
 * Sign-in to the staff inbox with Microsoft Entra ID, over OpenID Connect (authorization code with PKCE, state and
 * nonce), through openid-client: a certified relying-party library. Only the issuer's discovery document, its keys
 * and the token endpoint are fetched; who the person is and which groups they are in come from the ID token, which
 * openid-client checks (signature, issuer, audience, expiry, nonce).
 *
 * What the person may do comes from their groups (deployment/config/staff-access.json, services/staff/staff.ts
 * grantFor), never from the token alone.
 */
import * as oidc from 'openid-client';

export interface EntraOptions {
  /** https://login.microsoftonline.com/<tenant>/v2.0, or a test's local provider. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** PUBLIC_BASE_URL/staff/sign-in/entra/callback, as registered on the app registration. */
  redirectUri: string;
  /** Plain http to the issuer: only a local provider outside production. */
  allowHttp: boolean;
}

/** What sign-in needs to keep between sending the person to Entra ID and their return (in a signed cookie). */
export interface SignInChecks {
  verifier: string;
  state: string;
  nonce: string;
  /** The staff page to open after signing in. */
  next?: string;
}

/** Who signed in, from the ID token. */
export interface EntraIdentity {
  /** The Entra ID object id (`oid`), or `sub` from a provider without one. */
  oid: string;
  email: string;
  groups: string[];
  /** Entra ID left the groups out (too many to fit in a token): they can't be read from it. */
  groupsOverflow: boolean;
}

export class EntraSignIn {
  private configuration?: Promise<oidc.Configuration>;

  constructor(private readonly options: EntraOptions) {}

  get redirectUri(): string {
    return this.options.redirectUri;
  }

  /** The provider's configuration, discovered once (tried again after a failure). */
  private config(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret, allowHttp } = this.options;
    this.configuration ??= oidc
      .discovery(new URL(issuer), clientId, undefined, oidc.ClientSecretPost(clientSecret), {
        timeout: 10,
        execute: allowHttp ? [oidc.allowInsecureRequests] : [],
      })
      .catch((err: unknown) => {
        this.configuration = undefined;
        throw err;
      });
    return this.configuration;
  }

  /** Where to send the person, and the checks to keep until they return. */
  async start(): Promise<{ url: string; checks: SignInChecks }> {
    const config = await this.config();
    const checks = { verifier: oidc.randomPKCECodeVerifier(), state: oidc.randomState(), nonce: oidc.randomNonce() };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: this.options.redirectUri,
      scope: 'openid profile email',
      response_type: 'code',
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.verifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
    return { url: url.href, checks };
  }

  /** Microsoft's sign-out page, which comes back to `after`; undefined when the provider has none or cannot be reached. */
  async signOutUrl(after: string): Promise<string | undefined> {
    try {
      const config = await this.config();
      if (!config.serverMetadata().end_session_endpoint) return undefined;
      return oidc.buildEndSessionUrl(config, { post_logout_redirect_uri: after, client_id: this.options.clientId }).href;
    } catch {
      return undefined;
    }
  }

  /** The person who came back to `callback` (the redirect URI with the provider's query); throws when anything fails a check. */
  async finish(callback: URL, checks: SignInChecks): Promise<EntraIdentity> {
    const config = await this.config();
    const tokens = await oidc.authorizationCodeGrant(config, callback, {
      pkceCodeVerifier: checks.verifier,
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) throw new Error('no ID token');
    const text = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 320 ? v : undefined);
    const email = text(claims.email) ?? text(claims.preferred_username);
    const oid = text(claims.oid) ?? text(claims.sub);
    if (!email || !oid) throw new Error('the ID token has no email address or object id');
    const groups = Array.isArray(claims.groups) ? claims.groups.filter((g): g is string => typeof g === 'string') : [];
    const names = claims._claim_names as Record<string, unknown> | undefined;
    return { oid, email: email.toLowerCase(), groups, groupsOverflow: Boolean(names && 'groups' in names) };
  }
}
