import { createHash } from 'node:crypto';
import { requestOAuth2Token } from './oauth2-token-endpoint';

export interface OAuth2ClientCredentialsOptions {
  /** the authorization server's token endpoint */
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** space-separated scopes, sent as `scope` */
  scope?: string;
  /** sent as `audience` (Auth0, Okta and others use it to pick the API) */
  audience?: string;
  /** how the client authenticates (RFC 6749 §2.3.1): HTTP Basic (default) or `client_id`/`client_secret` in the body */
  clientAuthentication?: 'client_secret_basic' | 'client_secret_post';
  /** per token request, default 30 s */
  timeoutMs?: number;
  /** for tests; default the global `fetch` */
  fetch?: typeof fetch;
}

export interface OAuth2ClientCredentials {
  /** a valid access token: cached, or fetched once for all concurrent callers */
  accessToken(signal?: AbortSignal): Promise<string>;
  /**
   * Forgets the cached token, e.g. after the API answered 401. Pass the token
   * that was rejected so that a token another caller already refreshed is kept.
   */
  invalidate(rejectedToken?: string): void;
}

/** Tokens are renewed this long before they expire, so one is not sent just as it runs out. */
const EXPIRY_MARGIN_MS = 30_000;
/** When the server does not say (`expires_in` is only RECOMMENDED), assume this lifetime. */
const DEFAULT_LIFETIME_MS = 5 * 60_000;

interface CacheEntry {
  token?: { value: string; renewAt: number };
  inFlight?: Promise<string>;
}

/**
 * One cache per worker process, so every action of every run that uses the same
 * client shares its token. The key includes a hash of the secret: a connection
 * with the right client id but a wrong secret must never get another one's token.
 */
const tokenCache = new Map<string, CacheEntry>();

/**
 * OAuth2 client-credentials grant (RFC 6749 §4.4) for action code: fetches an
 * access token, keeps it in memory until shortly before it expires, and shares
 * one token request between concurrent callers. A 400/401 from the token
 * endpoint (wrong client, bad scope) is a non-retryable `OAUTH2_TOKEN_REJECTED`;
 * 429, 5xx, timeouts and network failures are retryable. Messages never
 * contain the client secret.
 *
 * @example
 * const oauth = oauth2ClientCredentials({ tokenUrl: 'https://auth.example.com/oauth/token',
 *   clientId: ctx.auth.clientId, clientSecret: ctx.auth.clientSecret, scope: 'work-orders' });
 * const token = await oauth.accessToken(ctx.signal);
 * // on a 401 from the API: oauth.invalidate(token), then fetch a new one and try once more
 */
export function oauth2ClientCredentials(options: OAuth2ClientCredentialsOptions): OAuth2ClientCredentials {
  const key = cacheKey(options);
  const entry = (): CacheEntry => {
    let found = tokenCache.get(key);
    if (!found) tokenCache.set(key, (found = {}));
    return found;
  };

  return {
    accessToken(signal) {
      signal?.throwIfAborted();
      const cached = entry();
      if (cached.token && Date.now() < cached.token.renewAt) return Promise.resolve(cached.token.value);
      cached.inFlight ??= requestToken(options)
        .then(({ accessToken, lifetimeMs }) => {
          cached.token = { value: accessToken, renewAt: Date.now() + lifetimeMs - renewalMargin(lifetimeMs) };
          return accessToken;
        })
        .finally(() => {
          cached.inFlight = undefined;
        });
      // The shared request is not cancelled by one caller's signal: the others still wait for it.
      return signal ? abortable(cached.inFlight, signal) : cached.inFlight;
    },
    invalidate(rejectedToken) {
      const cached = tokenCache.get(key);
      if (!cached?.token) return;
      if (rejectedToken === undefined || cached.token.value === rejectedToken) cached.token = undefined;
    },
  };
}

function cacheKey(options: OAuth2ClientCredentialsOptions): string {
  const secretHash = createHash('sha256').update(options.clientSecret).digest('base64url');
  return JSON.stringify([
    options.tokenUrl,
    options.clientId,
    options.scope ?? '',
    options.audience ?? '',
    options.clientAuthentication ?? 'client_secret_basic',
    secretHash,
  ]);
}

function renewalMargin(lifetimeMs: number): number {
  // A short-lived token is renewed after half its lifetime rather than never being cached.
  return Math.min(EXPIRY_MARGIN_MS, lifetimeMs / 2);
}

async function requestToken(
  options: OAuth2ClientCredentialsOptions,
): Promise<{ accessToken: string; lifetimeMs: number }> {
  const form: Record<string, string> = { grant_type: 'client_credentials' };
  if (options.scope) form.scope = options.scope;
  if (options.audience) form.audience = options.audience;
  const token = await requestOAuth2Token({
    tokenUrl: options.tokenUrl,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    ...(options.clientAuthentication === undefined ? {} : { clientAuthentication: options.clientAuthentication }),
    form,
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  return { accessToken: token.accessToken, lifetimeMs: token.lifetimeMs ?? DEFAULT_LIFETIME_MS };
}

/** Rejects with the signal's reason as soon as it aborts, without cancelling `promise` for anyone else. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
