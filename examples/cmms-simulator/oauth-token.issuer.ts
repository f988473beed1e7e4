import { randomBytes } from 'node:crypto';
import { secretsEqual } from '../simulator-kit/secret-comparison';

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
}

/** RFC 6749 §5.2 error codes this token endpoint uses. */
export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type';

/** A token request the endpoint refuses; rendered as `{ error, error_description }`. */
export class OAuthTokenError extends Error {
  constructor(
    readonly code: OAuthErrorCode,
    message: string,
    /** a failed HTTP Basic login is answered 401 with a Basic challenge, per RFC 6749 */
    readonly usedBasicAuth = false,
  ) {
    super(message);
    this.name = 'OAuthTokenError';
  }

  get status(): number {
    return this.code === 'invalid_client' ? 401 : 400;
  }
}

export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope?: string;
}

export type TokenCheck = { valid: true; clientId: string } | { valid: false; reason: 'unknown' | 'expired' };

/** OAuth2 client-credentials grant: issues opaque bearer tokens and checks them. */
export class OAuthTokenIssuer {
  private readonly tokens = new Map<string, { clientId: string; expiresAt: number }>();

  constructor(
    private readonly clients: readonly OAuthClient[],
    private readonly ttlSeconds: number,
  ) {}

  /** Handles a token request: the form body and the Authorization header, as sent. */
  issue(form: URLSearchParams, authorization: string | undefined): TokenResponse {
    const basic = parseBasicAuth(authorization);
    const inBody = form.has('client_id') || form.has('client_secret');
    if (basic && inBody) {
      throw new OAuthTokenError(
        'invalid_request',
        'Send client credentials either in the body or as HTTP Basic, not both',
      );
    }
    const grantType = form.get('grant_type');
    if (!grantType) throw new OAuthTokenError('invalid_request', 'grant_type is required');
    if (grantType !== 'client_credentials') {
      throw new OAuthTokenError('unsupported_grant_type', 'Only grant_type=client_credentials is supported');
    }
    const clientId = basic?.clientId ?? form.get('client_id') ?? undefined;
    const clientSecret = basic?.clientSecret ?? form.get('client_secret') ?? undefined;
    const client = this.clients.find((candidate) => candidate.clientId === clientId);
    // Compare the secret even for an unknown client so timing does not reveal which ids exist.
    const secretMatches = secretsEqual(clientSecret, client?.clientSecret ?? randomBytes(16).toString('hex'));
    if (!client || !secretMatches) {
      throw new OAuthTokenError('invalid_client', 'Client authentication failed', basic !== undefined);
    }

    this.forgetExpiredTokens();
    const accessToken = randomBytes(32).toString('base64url');
    this.tokens.set(accessToken, { clientId: client.clientId, expiresAt: Date.now() + this.ttlSeconds * 1000 });
    const scope = form.get('scope');
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: this.ttlSeconds,
      ...(scope ? { scope } : {}),
    };
  }

  check(accessToken: string): TokenCheck {
    const token = this.tokens.get(accessToken);
    if (!token) return { valid: false, reason: 'unknown' };
    if (token.expiresAt <= Date.now()) return { valid: false, reason: 'expired' };
    return { valid: true, clientId: token.clientId };
  }

  private forgetExpiredTokens(): void {
    const now = Date.now();
    for (const [token, { expiresAt }] of this.tokens) if (expiresAt <= now) this.tokens.delete(token);
  }
}

/** RFC 6749 §2.3.1: id and secret are form-urlencoded before being joined and base64-encoded. */
function parseBasicAuth(header: string | undefined): { clientId: string; clientSecret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const formDecode = (value: string) => {
    try {
      return decodeURIComponent(value.replace(/\+/g, ' '));
    } catch {
      return value;
    }
  };
  return { clientId: formDecode(decoded.slice(0, colon)), clientSecret: formDecode(decoded.slice(colon + 1)) };
}
