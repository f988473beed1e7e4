import { randomUUID } from 'node:crypto';
import { RateLimitedError } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { createPrismaClient, PostgresTokenBucket, type PrismaClient } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { connectionBucketKey } from '../src/connections/connection-rate-limit';
import { createConnectionThrottle, type ConnectionThrottleOptions } from '../src/connections/connection-throttle';

let prisma: PrismaClient;
let buckets: PostgresTokenBucket;
beforeAll(() => {
  prisma = createPrismaClient(inject('databaseUrl'));
  buckets = new PostgresTokenBucket(prisma);
});
afterAll(async () => {
  await prisma?.$disconnect();
});

function throttleFor(overrides: Partial<ConnectionThrottleOptions> = {}) {
  const connection = { id: `conn_${randomUUID().slice(0, 8)}`, name: 'erp-prod' };
  let keptAlive = 0;
  const throttle = createConnectionThrottle({
    buckets,
    connection,
    // Three tokens that practically never come back: counts tokens, never waits for a refill.
    limit: { capacity: 3, refillPerSecond: 0.001 },
    keepAlive: () => keptAlive++,
    ...overrides,
  });
  const tokensLeft = async () =>
    (await buckets.take(connectionBucketKey(connection.id), { capacity: 3, refillPerSecond: 0.001 }, 0.001)).remaining;
  return { throttle, connection, tokensLeft, keptAlive: () => keptAlive };
}

describe('a connection throttle', () => {
  it('charges an action that never calls throttle one token, and one per request to one that does', async () => {
    const quiet = throttleFor();
    await quiet.throttle.admit();
    expect(await quiet.tokensLeft()).toBe(1); // 3 − 1 admitted − the probe's 0.001, floored

    const chatty = throttleFor();
    await chatty.throttle.admit();
    await chatty.throttle.throttle(); // the first request uses the admitted token
    await chatty.throttle.throttle();
    expect(await chatty.tokensLeft()).toBe(0);
  });

  it('fails with RATE_LIMITED instead of waiting longer than the maximum wait', async () => {
    const { throttle, connection } = throttleFor({ maxWaitMs: 5_000 });
    await throttle.admit();
    await throttle.throttle();
    await throttle.throttle();
    await throttle.throttle();

    const started = Date.now();
    const error = await expectRejection(throttle.throttle(), RateLimitedError);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.retryAfterMs).toBeGreaterThan(5_000);
    expect(error.message).toContain(`connection "${connection.name}" is at its rate limit`);
  });

  it('waits for the next token, keeping the activity alive, and stops at once when cancelled', async () => {
    const controller = new AbortController();
    const waiting = throttleFor({ limit: { capacity: 1, refillPerSecond: 0.5 }, signal: controller.signal });
    await waiting.throttle.admit();
    await waiting.throttle.throttle();

    const reason = new Error('activity cancelled');
    setTimeout(() => controller.abort(reason), 300);
    const started = Date.now();
    await expect(waiting.throttle.throttle()).rejects.toBe(reason);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(waiting.keptAlive()).toBeGreaterThanOrEqual(1);
  });

  it('lets the next request go once the bucket has refilled', async () => {
    const { throttle } = throttleFor({ limit: { capacity: 1, refillPerSecond: 5 } });
    await throttle.admit();
    await throttle.throttle();

    const started = Date.now();
    await throttle.throttle();
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });
});
