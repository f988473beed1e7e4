/**
 * When the HTTP client retries by itself. It only absorbs short hiccups: once
 * attempts or the wait budget run out it throws a retryable error, and
 * Temporal's activity retry policy (with its own, longer backoff) takes over.
 */
export interface HttpRetryOptions {
  /** attempts per request, the first one included */
  maxAttempts: number;
  /** total time spent waiting between attempts of one request */
  maxTotalWaitMs: number;
  /** first backoff delay when the server gives no Retry-After; doubles per attempt */
  baseDelayMs: number;
}

export const DEFAULT_HTTP_RETRY: HttpRetryOptions = { maxAttempts: 3, maxTotalWaitMs: 30_000, baseDelayMs: 500 };

export type HttpMethod = 'GET' | 'HEAD' | 'OPTIONS' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Methods whose repetition has the same effect as a single call (RFC 9110 §9.2.2). */
const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export function isIdempotent(method: HttpMethod): boolean {
  return IDEMPOTENT_METHODS.has(method);
}

/**
 * Statuses worth another attempt. 408/429/502/503/504 say the request was not
 * processed, so any method may repeat; a 500 may have half-applied a write, so
 * only idempotent methods repeat it here (the error stays retryable for Temporal).
 */
export function isRetryableStatus(status: number, method: HttpMethod): boolean {
  if (status === 408 || status === 429 || status === 502 || status === 503 || status === 504) return true;
  return status === 500 && isIdempotent(method);
}

/**
 * Milliseconds to wait according to a `Retry-After` header (delay-seconds or an
 * HTTP date); undefined when absent or unreadable.
 *
 * @example
 * parseRetryAfter('2'); // 2000
 * parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', Date.parse('Wed, 21 Oct 2015 07:27:00 GMT')); // 60000
 */
export function parseRetryAfter(header: string | undefined, now: number = Date.now()): number | undefined {
  if (header === undefined) return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export type RetryDecision =
  { retry: true; delayMs: number } | { retry: false; reason: 'attempts-exhausted' | 'wait-budget-exhausted' };

/**
 * Whether attempt `attempt` (1-based, just failed) gets a successor, and after how long.
 * A server hint beyond the remaining wait budget ends the loop instead of being shortened:
 * retrying earlier than asked only earns another 429.
 */
export function nextRetry(
  state: { attempt: number; waitedMs: number; retryAfterMs?: number | undefined },
  options: HttpRetryOptions,
  random: () => number = Math.random,
): RetryDecision {
  if (state.attempt >= options.maxAttempts) return { retry: false, reason: 'attempts-exhausted' };
  const delayMs = state.retryAfterMs ?? backoffDelay(state.attempt, options.baseDelayMs, random);
  if (state.waitedMs + delayMs > options.maxTotalWaitMs) return { retry: false, reason: 'wait-budget-exhausted' };
  return { retry: true, delayMs };
}

/** Exponential backoff with half of it jittered, so parallel steps do not retry in lockstep. */
function backoffDelay(attempt: number, baseDelayMs: number, random: () => number): number {
  const full = baseDelayMs * 2 ** (attempt - 1);
  return Math.round(full / 2 + (random() * full) / 2);
}
