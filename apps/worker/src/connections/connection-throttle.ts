import { setTimeout as sleep } from 'node:timers/promises';
import { RateLimitedError } from '@tributary/connector-sdk';
import type { TokenBucketDecision, TokenBucketLimit } from '@tributary/db';
import { connectionBucketKey } from './connection-rate-limit';

/**
 * Holds one action execution to its connection's rate limit, with a token
 * bucket every worker process shares (`PostgresTokenBucket`).
 *
 * Accounting: one token per request the system receives. HTTP connectors call
 * `ctx.throttle()` before each attempt (the SDK's client does it); database
 * and broker connectors never call it. So the worker takes one token before
 * the action runs (`admit`), and the action's first `throttle()` spends that
 * token instead of taking another: an action that makes N requests costs N
 * tokens, one that never calls `throttle()` costs one.
 */
export interface ConnectionThrottle {
  /** takes the action's first token; call before running it */
  admit(): Promise<void>;
  /** `ctx.throttle`: the first call uses the admitted token, later ones take their own */
  throttle(): Promise<void>;
}

export interface TokenBuckets {
  take(key: string, limit: TokenBucketLimit, cost?: number): Promise<TokenBucketDecision>;
}

export interface ConnectionThrottleOptions {
  buckets: TokenBuckets;
  connection: { id: string; name: string };
  limit: TokenBucketLimit;
  /** the activity's cancellation signal: a cancelled run stops waiting at once */
  signal?: AbortSignal;
  /** called while waiting, so Temporal sees the activity alive (heartbeat timeout) and can deliver cancellation */
  keepAlive(): void;
  /** longer waits throw a RateLimitedError, so Temporal reschedules the attempt instead of it holding a worker slot */
  maxWaitMs?: number;
}

export const DEFAULT_MAX_THROTTLE_WAIT_MS = 60_000;
/** Sleep at most this long between takes, so the keep-alive beats well within any heartbeat timeout. */
const MAX_SLEEP_MS = 1_000;

export function createConnectionThrottle(options: ConnectionThrottleOptions): ConnectionThrottle {
  let prepaid = false;
  return {
    async admit() {
      await takeToken(options);
      prepaid = true;
    },
    async throttle() {
      if (prepaid) {
        prepaid = false;
        return;
      }
      await takeToken(options);
    },
  };
}

async function takeToken(options: ConnectionThrottleOptions): Promise<void> {
  const { buckets, connection, limit, signal } = options;
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_THROTTLE_WAIT_MS;
  const key = connectionBucketKey(connection.id);
  let waitedMs = 0;
  for (;;) {
    if (signal?.aborted) throw signal.reason;
    const decision = await buckets.take(key, limit);
    if (decision.allowed) return;
    if (waitedMs + decision.retryAfterMs > maxWaitMs) {
      throw new RateLimitedError(
        `connection "${connection.name}" is at its rate limit of ${limit.refillPerSecond} requests/s; ` +
          `the next request may go in ${decision.retryAfterMs} ms`,
        { retryAfterMs: decision.retryAfterMs, details: { connection: connection.name } },
      );
    }
    options.keepAlive();
    // A little jitter keeps the workers that wait for the same token from all asking at the same instant.
    const delayMs = Math.min(MAX_SLEEP_MS, decision.retryAfterMs) * (1 + Math.random() * 0.2);
    try {
      await sleep(delayMs, undefined, signal === undefined ? {} : { signal });
    } catch (error) {
      throw signal?.aborted ? signal.reason : error;
    }
    waitedMs += delayMs;
  }
}
