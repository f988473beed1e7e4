import type { TokenBucketLimit } from '@tributary/db';
import { z } from 'zod';

/**
 * A connection's `config.rateLimit`, as the API's connections schema accepts
 * it. The worker checks it again when it reads the row: rows can be written by
 * other means (SQL, an older API), and a malformed limit must fail the step
 * loudly rather than silently lift the limit.
 */
export const ConnectionRateLimit = z.object({
  requestsPerSecond: z.number().positive().max(10_000),
  burst: z.number().int().min(1).max(10_000).optional(),
});
export type ConnectionRateLimit = z.output<typeof ConnectionRateLimit>;

/** The key under which every worker shares one connection's bucket. */
export function connectionBucketKey(connectionId: string): string {
  return `connection:${connectionId}`;
}

/**
 * The token bucket for a limit. Without a burst the bucket holds one token:
 * requests are spread evenly, which is the closest a bucket gets to "at most N
 * in any second" (a bucket of capacity B lets B + N through in one second).
 */
export function tokenBucketLimitOf(rateLimit: ConnectionRateLimit): TokenBucketLimit {
  return { capacity: rateLimit.burst ?? 1, refillPerSecond: rateLimit.requestsPerSecond };
}

export class InvalidConnectionRateLimitError extends Error {
  readonly code = 'connection_rate_limit_invalid';
}

/** `config.rateLimit` of a stored connection, `undefined` when it has none. */
export function readConnectionRateLimit(
  connectionName: string,
  config: Record<string, unknown>,
): ConnectionRateLimit | undefined {
  if (config.rateLimit === undefined || config.rateLimit === null) return undefined;
  const parsed = ConnectionRateLimit.safeParse(config.rateLimit);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => `${['rateLimit', ...issue.path].join('.')}: ${issue.message}`);
  throw new InvalidConnectionRateLimitError(
    `connection "${connectionName}" has an invalid rate limit: ${issues.join('; ')}`,
  );
}
