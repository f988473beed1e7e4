import { STATUS_CODES } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { request as undiciRequest, type Dispatcher } from 'undici';
import type { ConnectorLogger } from './connector-logger';
import { ConnectorError, NonRetryableError, RetryableError } from './errors';
import {
  isIdempotent,
  isRetryableStatus,
  nextRetry,
  parseRetryAfter,
  type HttpMethod,
  type HttpRetryOptions,
} from './http-retry-policy';
import { classifyTransportFailure } from './http-transport-failure';
import type { SecretRedactor } from './secret-redactor';

/**
 * The attempt loop behind `HttpClient.request`: send, classify the outcome,
 * wait and repeat while the retry policy allows, and otherwise hand back the
 * last response (status errors are the client's business) or throw.
 */

/** A request ready to send: URL resolved, headers merged, body serialised. */
export interface PreparedRequest {
  method: HttpMethod;
  url: URL;
  /** the URL as messages and logs may show it */
  describedUrl: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
  timeoutMs: number;
  redactor: SecretRedactor;
}

/** A response with its body read as text, before any parsing. */
export interface RawResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  text: string;
  /** the body as received, for binary responses */
  bytes: Uint8Array;
  attempts: number;
}

export interface AttemptOptions {
  retry: HttpRetryOptions;
  logger: ConnectorLogger;
  signal?: AbortSignal | undefined;
  dispatcher?: Dispatcher | undefined;
  /** waits for the connection's rate limit before each attempt */
  throttle?: (() => Promise<void>) | undefined;
}

/** Resolves with the last response (any status) or throws a retryable error, or the caller's cancellation reason. */
export async function sendWithRetries(prepared: PreparedRequest, options: AttemptOptions): Promise<RawResponse> {
  const { retry, logger } = options;
  const { method, describedUrl: url } = prepared;
  let waitedMs = 0;
  for (let attempt = 1; ; attempt++) {
    // Per attempt, not per request: a retry is one more request the system has to serve.
    if (options.throttle !== undefined && !options.signal?.aborted) await options.throttle();
    const outcome = await sendOnce(prepared, options);

    if (outcome.kind === 'response') {
      const { status } = outcome.response;
      logger.debug(`${method} ${url} → ${status}`, { attempt, durationMs: outcome.durationMs });
      if (!isRetryableStatus(status, method)) return { ...outcome.response, attempts: attempt };
      const retryAfterMs = parseRetryAfter(outcome.response.headers['retry-after']);
      const decision = nextRetry({ attempt, waitedMs, retryAfterMs }, retry);
      if (!decision.retry) return { ...outcome.response, attempts: attempt };
      logger.warn(`${method} ${url} → ${status}; retrying in ${decision.delayMs} ms`, {
        attempt,
        delayMs: decision.delayMs,
      });
      waitedMs += await wait(decision.delayMs, options.signal);
      continue;
    }

    if (outcome.kind === 'cancelled') throw cancellation(options.signal);
    if (outcome.kind === 'timeout') {
      // Not repeated here: the attempt already used the caller's whole time budget; Temporal retries with backoff.
      throw new RetryableError(`${method} ${url} timed out after ${prepared.timeoutMs} ms`, {
        code: 'TIMEOUT',
        details: { method, url, timeoutMs: prepared.timeoutMs },
      });
    }
    const failure = classifyTransportFailure(outcome.error);
    if (failure.kind === 'tls') {
      throw new NonRetryableError(`${method} ${url} failed: ${failure.reason}`, {
        code: 'TLS_HANDSHAKE_FAILED',
        details: { method, url, reason: failure.reason },
      });
    }
    const repeatable = failure.kind === 'not-sent' || isIdempotent(method);
    const decision = repeatable ? nextRetry({ attempt, waitedMs }, retry) : undefined;
    if (decision?.retry) {
      logger.warn(`${method} ${url} failed: ${failure.reason}; retrying in ${decision.delayMs} ms`, {
        attempt,
        delayMs: decision.delayMs,
      });
      waitedMs += await wait(decision.delayMs, options.signal);
      continue;
    }
    throw new RetryableError(`${method} ${url} failed: ${failure.reason}${afterAttempts(attempt)}`, {
      code: failure.kind === 'not-sent' ? 'CONNECTION_FAILED' : 'NETWORK_ERROR',
      details: { method, url, reason: failure.reason, attempts: attempt },
    });
  }
}

type AttemptOutcome =
  | { kind: 'response'; response: Omit<RawResponse, 'attempts'>; durationMs: number }
  | { kind: 'timeout' }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: unknown };

async function sendOnce(prepared: PreparedRequest, options: AttemptOptions): Promise<AttemptOutcome> {
  if (options.signal?.aborted) return { kind: 'cancelled' };
  const timeout = AbortSignal.timeout(prepared.timeoutMs);
  const signal = options.signal === undefined ? timeout : AbortSignal.any([timeout, options.signal]);
  const started = performance.now();
  try {
    const response = await undiciRequest(prepared.url, {
      method: prepared.method,
      headers: prepared.headers,
      body: prepared.body,
      signal,
      ...(options.dispatcher === undefined ? {} : { dispatcher: options.dispatcher }),
    });
    // The timeout covers the body too: a server that stalls mid-body is as stuck as one that never answers.
    const bytes = new Uint8Array(await response.body.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    return {
      kind: 'response',
      response: {
        status: response.statusCode,
        statusText: STATUS_CODES[response.statusCode] ?? '',
        headers: flattenHeaders(response.headers),
        text,
        bytes,
      },
      durationMs: Math.round(performance.now() - started),
    };
  } catch (error) {
    if (options.signal?.aborted) return { kind: 'cancelled' };
    if (timeout.aborted) return { kind: 'timeout' };
    return { kind: 'failed', error };
  }
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

async function wait(delayMs: number, signal: AbortSignal | undefined): Promise<number> {
  try {
    await sleep(delayMs, undefined, signal === undefined ? {} : { signal });
  } catch {
    throw cancellation(signal);
  }
  return delayMs;
}

/** The caller's own reason (Temporal's CancelledFailure in an activity), so the worker sees a cancellation, not a failure. */
function cancellation(signal: AbortSignal | undefined): unknown {
  return signal?.reason ?? new ConnectorError('The request was cancelled', { code: 'CANCELLED', retryable: false });
}

export function afterAttempts(attempts: number): string {
  return attempts > 1 ? ` after ${attempts} attempts` : '';
}
