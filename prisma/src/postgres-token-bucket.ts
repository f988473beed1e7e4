import type { PrismaClient } from '../generated/client/client';

/** A bucket holds up to `capacity` tokens and regains `refillPerSecond` of them every second. */
export interface TokenBucketLimit {
  /** the burst: how many requests may arrive at once after a quiet period */
  capacity: number;
  /** the sustained rate */
  refillPerSecond: number;
}

export interface TokenBucketDecision {
  allowed: boolean;
  /** whole tokens left after this take (what `RateLimit: remaining=` reports) */
  remaining: number;
  /** 0 when allowed; otherwise how long until `cost` tokens are back */
  retryAfterMs: number;
  /** how long until the bucket is full again (what `RateLimit: reset=` reports) */
  resetMs: number;
}

/**
 * Token buckets in the `RateLimitBucket` table, shared by every API and worker
 * process that uses the same database, so a limit holds however many
 * processes are running. Each take is one statement: Postgres row locking
 * makes concurrent takes of one key serialise, and the refill is computed
 * from the database clock, so process clocks never matter.
 *
 * @example
 * const buckets = new PostgresTokenBucket(prisma);
 * const decision = await buckets.take(`connection:${id}`, { capacity: 10, refillPerSecond: 10 });
 * if (!decision.allowed) await sleep(decision.retryAfterMs);
 */
export class PostgresTokenBucket {
  constructor(private readonly prisma: Pick<PrismaClient, '$queryRaw'>) {}

  async take(key: string, limit: TokenBucketLimit, cost = 1): Promise<TokenBucketDecision> {
    assertLimit(limit, cost);
    const { capacity, refillPerSecond: rate } = limit;
    // The upsert refills by elapsed time, then spends `cost` only when that many
    // tokens are there. `taken` tells the two cases apart; on a refusal the row
    // keeps its old tokens and time, so waiting callers do not push each other back.
    const rows = await this.prisma.$queryRaw<{ tokens: number; taken: boolean }[]>`
      WITH refilled AS (
        SELECT LEAST(${capacity}::float8,
                     b.tokens + EXTRACT(EPOCH FROM (clock_timestamp() - b."updatedAt")) * ${rate}::float8) AS tokens
        FROM "RateLimitBucket" b WHERE b.key = ${key}
      ), upserted AS (
        INSERT INTO "RateLimitBucket" AS b (key, tokens, "updatedAt")
        VALUES (${key}, ${capacity}::float8 - ${cost}::float8, clock_timestamp())
        ON CONFLICT (key) DO UPDATE
          SET tokens = LEAST(${capacity}::float8,
                             b.tokens + EXTRACT(EPOCH FROM (clock_timestamp() - b."updatedAt")) * ${rate}::float8)
                       - ${cost}::float8,
              "updatedAt" = clock_timestamp()
          WHERE LEAST(${capacity}::float8,
                      b.tokens + EXTRACT(EPOCH FROM (clock_timestamp() - b."updatedAt")) * ${rate}::float8)
                >= ${cost}::float8
        RETURNING b.tokens
      )
      SELECT tokens, true AS taken FROM upserted
      UNION ALL
      SELECT tokens, false AS taken FROM refilled WHERE NOT EXISTS (SELECT 1 FROM upserted)`;
    const row = rows[0];
    // No row at all: a concurrent first insert of this key won; it holds capacity - cost.
    const tokens = row ? Number(row.tokens) : capacity - cost;
    const taken = row?.taken ?? false;
    const resetMs = Math.ceil(((capacity - tokens) / rate) * 1000);
    if (taken) return { allowed: true, remaining: Math.floor(tokens), retryAfterMs: 0, resetMs };
    return {
      allowed: false,
      remaining: Math.max(0, Math.floor(tokens)),
      retryAfterMs: Math.max(1, Math.ceil(((cost - tokens) / rate) * 1000)),
      resetMs,
    };
  }
}

export class InvalidRateLimitError extends Error {
  readonly code = 'invalid_rate_limit';
}

function assertLimit(limit: TokenBucketLimit, cost: number): void {
  if (!(limit.capacity >= 1) || !Number.isFinite(limit.capacity)) {
    throw new InvalidRateLimitError(`rate limit capacity must be a number ≥ 1, got ${limit.capacity}`);
  }
  if (!(limit.refillPerSecond > 0) || !Number.isFinite(limit.refillPerSecond)) {
    throw new InvalidRateLimitError(`rate limit refillPerSecond must be > 0, got ${limit.refillPerSecond}`);
  }
  if (!(cost > 0) || cost > limit.capacity) {
    throw new InvalidRateLimitError(`a take must cost between 0 and the capacity (${limit.capacity}), got ${cost}`);
  }
}
