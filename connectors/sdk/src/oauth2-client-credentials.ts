import { createHash } from 'node:crypto';
import { NonRetryableError, RateLimitedError, RetryableError } from './errors';
import { parseRetryAfter } from './http-retry-policy';
import { describeUrl } from './http-url';
import { createSecretRedactor, type SecretRedactor } from './secret-redactor';

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
const DEFAULT_TIMEOUT_MS = 30_000;

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
  const request = tokenRequest(options);
  const redactor = createSecretRedactor([options.clientSecret, ...request.derivedSecrets]);
  const shownUrl = showUrl(options.tokenUrl);
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  let response: Response;
  let text: string;
  try {
    response = await doFetch(options.tokenUrl, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
    text = await response.text();
  } catch (error) {
    throw transportError(error, shownUrl, timeoutMs, redactor);
  }

  if (!response.ok) throw statusError(response, text, shownUrl, redactor);
  const token = parseTokenResponse(text);
  if (!token) {
    throw new NonRetryableError(`POST ${shownUrl} answered ${response.status} without an access_token`, {
      code: 'OAUTH2_UNEXPECTED_RESPONSE',
      details: { url: shownUrl, status: response.status },
    });
  }
  return token;
}

function tokenRequest(options: OAuth2ClientCredentialsOptions): {
  headers: Record<string, string>;
  body: string;
  derivedSecrets: string[];
} {
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (options.scope) form.set('scope', options.scope);
  if (options.audience) form.set('audience', options.audience);
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (options.clientAuthentication === 'client_secret_post') {
    form.set('client_id', options.clientId);
    form.set('client_secret', options.clientSecret);
    return { headers, body: form.toString(), derivedSecrets: [] };
  }
  // RFC 6749 §2.3.1: id and secret are form-urlencoded before they are joined and base64-encoded.
  const formEncode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
  const basic = Buffer.from(`${formEncode(options.clientId)}:${formEncode(options.clientSecret)}`).toString('base64');
  headers.authorization = `Basic ${basic}`;
  return { headers, body: form.toString(), derivedSecrets: [basic] };
}

function parseTokenResponse(text: string): { accessToken: string; lifetimeMs: number } | undefined {
  const body = parseJson(text);
  if (typeof body !== 'object' || body === null || !('access_token' in body)) return undefined;
  const accessToken = body.access_token;
  if (typeof accessToken !== 'string' || accessToken === '') return undefined;
  const expiresIn = 'expires_in' in body ? Number(body.expires_in) : Number.NaN;
  const lifetimeMs = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn * 1000 : DEFAULT_LIFETIME_MS;
  return { accessToken, lifetimeMs };
}

function statusError(response: Response, text: string, shownUrl: string, redactor: SecretRedactor): Error {
  const body = parseJson(text);
  const oauthError =
    typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string'
      ? body.error
      : undefined;
  const description =
    typeof body === 'object' &&
    body !== null &&
    'error_description' in body &&
    typeof body.error_description === 'string'
      ? body.error_description
      : undefined;
  const reason = redactor.text(
    [oauthError, description].filter(Boolean).join(': ') || text.slice(0, 200) || response.statusText,
  );
  const message = `POST ${shownUrl} → ${response.status}: ${reason}`;
  const details = { url: shownUrl, status: response.status, error: oauthError };

  if (response.status === 400 || response.status === 401 || response.status === 403) {
    return new NonRetryableError(`OAuth2 token request rejected: ${message}`, {
      code: 'OAUTH2_TOKEN_REJECTED',
      details,
    });
  }
  if (response.status === 429) {
    return new RateLimitedError(`OAuth2 token request rate limited: ${message}`, {
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after') ?? undefined),
      details,
    });
  }
  if (response.status >= 500) {
    return new RetryableError(`OAuth2 token request failed: ${message}`, { code: 'OAUTH2_TOKEN_UNAVAILABLE', details });
  }
  return new NonRetryableError(`OAuth2 token request failed: ${message}`, { code: 'OAUTH2_TOKEN_REJECTED', details });
}

function transportError(error: unknown, shownUrl: string, timeoutMs: number, redactor: SecretRedactor): Error {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return new RetryableError(`POST ${shownUrl} (OAuth2 token) timed out after ${timeoutMs} ms`, {
      code: 'TIMEOUT',
      details: { url: shownUrl },
    });
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const reason = redactor.text(cause instanceof Error ? cause.message : String(cause));
  return new RetryableError(`POST ${shownUrl} (OAuth2 token) failed: ${reason}`, {
    code: 'NETWORK_ERROR',
    details: { url: shownUrl },
  });
}

function showUrl(tokenUrl: string): string {
  try {
    return describeUrl(new URL(tokenUrl), new Set());
  } catch {
    throw new NonRetryableError('OAuth2 tokenUrl is not a valid absolute URL', { code: 'INVALID_URL' });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
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
