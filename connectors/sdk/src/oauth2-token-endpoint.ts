import { NonRetryableError, RateLimitedError, RetryableError } from './errors';
import { parseRetryAfter } from './http-retry-policy';
import { describeUrl } from './http-url';
import { createSecretRedactor, type SecretRedactor } from './secret-redactor';

/**
 * One request to an OAuth2 token endpoint (RFC 6749 §3.2), shared by the
 * grants: client authentication, the form, and errors that say what the
 * server answered without the secrets that went into the request.
 */

export interface OAuth2TokenRequest {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  /** how the client authenticates (RFC 6749 §2.3.1): HTTP Basic (default) or `client_id`/`client_secret` in the body */
  clientAuthentication?: 'client_secret_basic' | 'client_secret_post';
  /** the grant's form fields: `grant_type` and what it needs */
  form: Record<string, string>;
  /** values of `form` that are secret (a refresh token) */
  secrets?: string[];
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export interface OAuth2TokenResponse {
  accessToken: string;
  /** from `expires_in`; undefined when the server did not say */
  lifetimeMs: number | undefined;
  /** a new refresh token, when the server rotates them */
  refreshToken: string | undefined;
  scope: string | undefined;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * POSTs the form to the token endpoint. A 400/401/403 (wrong client,
 * `invalid_grant`, bad scope) is a non-retryable `OAUTH2_TOKEN_REJECTED` whose
 * `details.error` is the OAuth2 error code; 429, 5xx, timeouts and network
 * failures are retryable.
 */
export async function requestOAuth2Token(request: OAuth2TokenRequest): Promise<OAuth2TokenResponse> {
  const { headers, body, derivedSecrets } = encode(request);
  const redactor = createSecretRedactor([request.clientSecret, ...(request.secrets ?? []), ...derivedSecrets]);
  const shownUrl = showUrl(request.tokenUrl);
  const timeoutMs = request.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  let response: Response;
  let text: string;
  try {
    response = await (request.fetch ?? fetch)(request.tokenUrl, {
      method: 'POST',
      headers,
      body,
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

function encode(request: OAuth2TokenRequest): {
  headers: Record<string, string>;
  body: string;
  derivedSecrets: string[];
} {
  const form = new URLSearchParams(request.form);
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json',
  };
  if (request.clientAuthentication === 'client_secret_post') {
    form.set('client_id', request.clientId);
    form.set('client_secret', request.clientSecret);
    return { headers, body: form.toString(), derivedSecrets: [] };
  }
  // RFC 6749 §2.3.1: id and secret are form-urlencoded before they are joined and base64-encoded.
  const formEncode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
  const basic = Buffer.from(`${formEncode(request.clientId)}:${formEncode(request.clientSecret)}`).toString('base64');
  headers.authorization = `Basic ${basic}`;
  return { headers, body: form.toString(), derivedSecrets: [basic] };
}

function parseTokenResponse(text: string): OAuth2TokenResponse | undefined {
  const body = parseJson(text);
  if (typeof body !== 'object' || body === null) return undefined;
  const field = (name: string): unknown => (name in body ? (body as Record<string, unknown>)[name] : undefined);
  const accessToken = field('access_token');
  if (typeof accessToken !== 'string' || accessToken === '') return undefined;
  const expiresIn = Number(field('expires_in'));
  const refreshToken = field('refresh_token');
  const scope = field('scope');
  return {
    accessToken,
    lifetimeMs: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn * 1000 : undefined,
    refreshToken: typeof refreshToken === 'string' && refreshToken !== '' ? refreshToken : undefined,
    scope: typeof scope === 'string' ? scope : undefined,
  };
}

function statusError(response: Response, text: string, shownUrl: string, redactor: SecretRedactor): Error {
  const body = parseJson(text);
  const stringField = (name: string): string | undefined => {
    if (typeof body !== 'object' || body === null || !(name in body)) return undefined;
    const value = (body as Record<string, unknown>)[name];
    return typeof value === 'string' ? value : undefined;
  };
  const oauthError = stringField('error');
  const description = stringField('error_description');
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
