import type { Dispatcher } from 'undici';
import type { z } from 'zod';
import { silentLogger, type ConnectorLogger } from './connector-logger';
import {
  ConnectorError,
  describeHttpFailure,
  fieldIssues,
  HttpError,
  NonRetryableError,
  RateLimitedError,
  RetryableError,
  type HttpErrorInit,
} from './errors';
import type { HttpAuthorization, HttpAuthorizer } from './http-authorizer';
import { afterAttempts, sendWithRetries, type PreparedRequest, type RawResponse } from './http-attempts';
import { DEFAULT_HTTP_RETRY, parseRetryAfter, type HttpMethod, type HttpRetryOptions } from './http-retry-policy';
import { DEFAULT_SECRET_QUERY_PARAMS, describeUrl, resolveRequestUrl, type QueryParams } from './http-url';
import { redactingLogger } from './redacting-logger';
import { createSecretRedactor, type SecretRedactor } from './secret-redactor';

export interface HttpClientOptions {
  /** relative request URLs are appended to it */
  baseUrl?: string;
  /** sent with every request (request headers win, case-insensitively) */
  headers?: Record<string, string>;
  /** added to every request's query string (e.g. an API key) */
  query?: QueryParams;
  /** per attempt, default 30 s */
  timeoutMs?: number;
  retry?: Partial<HttpRetryOptions>;
  logger?: ConnectorLogger;
  /** values never to show in errors and logs (tokens, passwords, keys) */
  secrets?: Iterable<string>;
  /** query parameter names whose values are hidden in errors and logs, on top of the usual ones (`api_key`, `token`, …) */
  secretQueryParams?: Iterable<string>;
  /** cancels every request of this client (pass the action's `ctx.signal`) */
  signal?: AbortSignal;
  /**
   * awaited before every attempt, retries included, so the connection's rate
   * limit counts each request that reaches the system (pass the action's `ctx.throttle`)
   */
  throttle?: () => Promise<void>;
  dispatcher?: Dispatcher;
  /** credentials fetched before each request and renewed once after a 401 (e.g. `oauth2AuthorizationCode(…).authorizer`) */
  authorizer?: HttpAuthorizer;
}

export interface HttpRequest {
  method: HttpMethod;
  /** absolute, or relative to the client's `baseUrl` */
  url: string;
  headers?: Record<string, string>;
  query?: QueryParams;
  /** serialised as JSON, with `content-type: application/json` unless a content type is given */
  json?: unknown;
  /** sent as is; use `json` for JSON */
  body?: string | Uint8Array;
  timeoutMs?: number;
  /** default true: a 4xx/5xx that survives retries throws; false returns it like any response */
  throwOnStatus?: boolean;
  /** parses the response body; a mismatch throws a non-retryable `UNEXPECTED_RESPONSE` */
  responseSchema?: z.ZodType;
  /**
   * How to read the body: `auto` (default) parses JSON when the content type
   * says JSON, else text; `json` always parses JSON; `text`; `bytes` gives a `Uint8Array`.
   */
  responseType?: 'auto' | 'json' | 'text' | 'bytes';
}

export interface HttpResponse<TBody = unknown> {
  status: number;
  statusText: string;
  /** lower-case names; repeated headers joined with ", " */
  headers: Record<string, string>;
  /** parsed JSON when the content type says JSON, else text; null when empty JSON */
  body: TBody;
  /** the called URL with credentials redacted, safe to log */
  url: string;
  attempts: number;
}

export interface HttpClient {
  /** with a `responseSchema`, `body` is that schema's output */
  request<TSchema extends z.ZodType>(
    request: HttpRequest & { responseSchema: TSchema },
  ): Promise<HttpResponse<z.output<TSchema>>>;
  request(request: HttpRequest): Promise<HttpResponse>;
}

/** How much of an error response body goes into the error message. */
export const ERROR_BODY_EXCERPT_LENGTH = 500;
const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * An HTTP client for action code: JSON in and out, a timeout per attempt, a
 * few quick retries on 429/5xx and network failures honouring `Retry-After`,
 * and typed, secret-free errors (`HttpError`, `RateLimitedError`, `RetryableError`).
 *
 * @example
 * const erp = createHttpClient({ baseUrl: ctx.auth.baseUrl, headers: { authorization: `Bearer ${ctx.auth.token}` },
 *   secrets: [ctx.auth.token], logger: ctx.logger, signal: ctx.signal });
 * const { body } = await erp.request({ method: 'POST', url: 'orders', json: order, responseSchema: Order });
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  return new UndiciHttpClient(options);
}

class UndiciHttpClient implements HttpClient {
  private readonly retry: HttpRetryOptions;
  private readonly secretQueryParams: ReadonlySet<string>;
  private readonly redactor: SecretRedactor;

  constructor(private readonly options: HttpClientOptions) {
    this.retry = { ...DEFAULT_HTTP_RETRY, ...options.retry };
    this.secretQueryParams = new Set(
      [...DEFAULT_SECRET_QUERY_PARAMS, ...(options.secretQueryParams ?? [])].map((name) => name.toLowerCase()),
    );
    this.redactor = createSecretRedactor(options.secrets);
  }

  request<TSchema extends z.ZodType>(
    request: HttpRequest & { responseSchema: TSchema },
  ): Promise<HttpResponse<z.output<TSchema>>>;
  request(request: HttpRequest): Promise<HttpResponse>;
  async request(request: HttpRequest): Promise<HttpResponse> {
    const { authorizer, signal } = this.options;
    if (authorizer === undefined) return this.send(request);
    const authorization = await authorizer.authorize(signal);
    const sent = this.send(request, authorization);
    const renewed = await sent.then(
      async (response) => response.status === 401 && (await authorizer.unauthorized?.(authorization, signal)) === true,
      async (error: unknown) => {
        if (!(error instanceof HttpError && error.status === 401)) throw error;
        if ((await authorizer.unauthorized?.(authorization, signal)) !== true) throw error;
        return true;
      },
    );
    return renewed ? this.send(request, await authorizer.authorize(signal)) : sent;
  }

  private async send(request: HttpRequest, authorization?: HttpAuthorization): Promise<HttpResponse> {
    const withAuthorization =
      authorization === undefined ? request : { ...request, headers: { ...request.headers, ...authorization.headers } };
    const redactor = authorization === undefined ? this.redactor : this.redactor.with(authorization.secrets);
    const prepared = prepare(withAuthorization, this.options, this.secretQueryParams, redactor);
    try {
      return await send(prepared, request, this.retry, this.options);
    } catch (error) {
      throw error instanceof ConnectorError ? error.redactSecrets(prepared.redactor) : error;
    }
  }
}

async function send(
  prepared: PreparedRequest,
  request: HttpRequest,
  retry: HttpRetryOptions,
  options: HttpClientOptions,
): Promise<HttpResponse> {
  const logger = redactingLogger(options.logger ?? silentLogger, prepared.redactor);
  const response = await sendWithRetries(prepared, {
    retry,
    logger,
    signal: options.signal,
    dispatcher: options.dispatcher,
    throttle: options.throttle,
  });
  if (response.status >= 400 && request.throwOnStatus !== false) throw statusError(prepared, response);

  const body = parseBody(response, logger, prepared, request.responseType ?? 'auto');
  const { status, statusText, headers, attempts } = response;
  const result = { status, statusText, headers, url: prepared.describedUrl, attempts };
  if (request.responseSchema === undefined) return { ...result, body };
  const parsed = request.responseSchema.safeParse(body);
  if (parsed.success) return { ...result, body: parsed.data };
  const issues = fieldIssues(parsed.error);
  const summary = issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
  throw new NonRetryableError(
    `${prepared.method} ${prepared.describedUrl} returned a body of an unexpected shape: ${summary}`,
    {
      code: 'UNEXPECTED_RESPONSE',
      details: { method: prepared.method, url: prepared.describedUrl, status, issues },
    },
  );
}

function prepare(
  request: HttpRequest,
  options: HttpClientOptions,
  secretQueryParams: ReadonlySet<string>,
  redactor: SecretRedactor,
): PreparedRequest {
  let resolved;
  try {
    resolved = resolveRequestUrl(request.url, {
      baseUrl: options.baseUrl,
      query: { ...options.query, ...request.query },
    });
  } catch (error) {
    throw error instanceof ConnectorError ? error.redactSecrets(redactor) : error;
  }
  const headers: Record<string, string> = {
    accept: 'application/json, text/plain;q=0.9, */*;q=0.8',
    'user-agent': 'tributary-connector',
  };
  for (const [name, value] of Object.entries({ ...options.headers, ...request.headers }))
    headers[name.toLowerCase()] = value;

  const extraSecrets: string[] = [];
  if (resolved.credentials !== undefined && headers.authorization === undefined) {
    // undici drops userinfo silently; sending it as Basic auth is what curl and browsers do.
    const basic = Buffer.from(`${resolved.credentials.username}:${resolved.credentials.password}`).toString('base64');
    headers.authorization = `Basic ${basic}`;
    extraSecrets.push(basic, resolved.credentials.password);
  }
  let body = request.body;
  if (request.json !== undefined) {
    body = JSON.stringify(request.json);
    headers['content-type'] ??= 'application/json';
  }
  return {
    method: request.method,
    url: resolved.url,
    describedUrl: describeUrl(resolved.url, secretQueryParams),
    headers,
    body,
    timeoutMs: request.timeoutMs ?? options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    redactor: extraSecrets.length > 0 ? redactor.with(extraSecrets) : redactor,
  };
}

function statusError(prepared: PreparedRequest, response: RawResponse): ConnectorError {
  const init: HttpErrorInit = {
    status: response.status,
    statusText: response.statusText,
    method: prepared.method,
    url: prepared.describedUrl,
    // Redact before cutting, so a secret split by the cut cannot leak its first half.
    bodyExcerpt: prepared.redactor.text(response.text.trim()).slice(0, ERROR_BODY_EXCERPT_LENGTH),
  };
  const message = describeHttpFailure(init, afterAttempts(response.attempts));
  const details = { ...init, attempts: response.attempts };
  if (response.status === 429)
    return new RateLimitedError(message, { retryAfterMs: parseRetryAfter(response.headers['retry-after']), details });
  if (response.status === 408) return new RetryableError(message, { code: 'TIMEOUT', details });
  if (response.status >= 500) return new RetryableError(message, { code: 'HTTP_SERVER_ERROR', details });
  return new HttpError(init);
}

function parseBody(
  response: RawResponse,
  logger: ConnectorLogger,
  prepared: PreparedRequest,
  responseType: NonNullable<HttpRequest['responseType']>,
): unknown {
  if (responseType === 'bytes') return response.bytes;
  if (responseType === 'text') return response.text;
  if (responseType === 'json') return parseJsonBody(response, prepared);
  const contentType = response.headers['content-type'] ?? '';
  if (!/[/+]json\s*(;|$)/i.test(contentType)) return response.text;
  if (response.text.trim() === '') return null;
  try {
    return JSON.parse(response.text);
  } catch {
    logger.warn(`${prepared.method} ${prepared.describedUrl} declared JSON but sent invalid JSON; returning text`, {
      status: response.status,
    });
    return response.text;
  }
}

function parseJsonBody(response: RawResponse, prepared: PreparedRequest): unknown {
  if (response.text.trim() === '') return null;
  try {
    return JSON.parse(response.text);
  } catch {
    throw new NonRetryableError(
      `${prepared.method} ${prepared.describedUrl} answered ${response.status} with a body that is not JSON`,
      {
        code: 'UNEXPECTED_RESPONSE',
        details: { method: prepared.method, url: prepared.describedUrl, status: response.status },
      },
    );
  }
}
