import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, migrateDatabase, type PrismaClient } from '../src/index';
import { InvalidRateLimitError, PostgresTokenBucket } from '../src/postgres-token-bucket';
import { createEmptyDatabase, type EmptyDatabase } from './empty-database';

describe('PostgresTokenBucket', () => {
  let database: EmptyDatabase;
  let prismaA: PrismaClient;
  let prismaB: PrismaClient;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    await migrateDatabase(database.url);
    // two clients stand for two processes sharing one database
    prismaA = createPrismaClient(database.url);
    prismaB = createPrismaClient(database.url);
  });

  afterAll(async () => {
    await Promise.all([prismaA?.$disconnect(), prismaB?.$disconnect()]);
    await database?.drop();
  });

  it('allows a burst of `capacity`, then refuses with the time until a token is back', async () => {
    const bucket = new PostgresTokenBucket(prismaA);
    const limit = { capacity: 3, refillPerSecond: 1 };
    const decisions = [];
    for (let i = 0; i < 4; i += 1) decisions.push(await bucket.take('burst', limit));
    expect(decisions.map((decision) => decision.allowed)).toEqual([true, true, true, false]);
    expect(decisions[2]?.remaining).toBe(0);
    const refused = decisions[3]!;
    expect(refused.retryAfterMs).toBeGreaterThan(800);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(1000);
    expect(refused.resetMs).toBeGreaterThan(2500);
  });

  it('refills over time at the configured rate', async () => {
    const bucket = new PostgresTokenBucket(prismaA);
    const limit = { capacity: 1, refillPerSecond: 20 };
    expect((await bucket.take('refill', limit)).allowed).toBe(true);
    expect((await bucket.take('refill', limit)).allowed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await bucket.take('refill', limit)).allowed).toBe(true);
  });

  it('holds one limit across processes: 40 concurrent takes from two clients allow exactly the capacity', async () => {
    const limit = { capacity: 10, refillPerSecond: 0.001 };
    const buckets = [new PostgresTokenBucket(prismaA), new PostgresTokenBucket(prismaB)];
    const decisions = await Promise.all(
      Array.from({ length: 40 }, (_, index) => buckets[index % 2]!.take('shared', limit)),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(10);
  });

  it('keeps keys apart', async () => {
    const bucket = new PostgresTokenBucket(prismaA);
    const limit = { capacity: 1, refillPerSecond: 0.001 };
    expect((await bucket.take('key-a', limit)).allowed).toBe(true);
    expect((await bucket.take('key-b', limit)).allowed).toBe(true);
    expect((await bucket.take('key-a', limit)).allowed).toBe(false);
  });

  it('rejects a limit that could never allow anything', async () => {
    const bucket = new PostgresTokenBucket(prismaA);
    await expect(bucket.take('bad', { capacity: 0, refillPerSecond: 1 })).rejects.toThrow(InvalidRateLimitError);
    await expect(bucket.take('bad', { capacity: 5, refillPerSecond: 0 })).rejects.toThrow(/refillPerSecond/);
    await expect(bucket.take('bad', { capacity: 5, refillPerSecond: 1 }, 6)).rejects.toThrow(/cost/);
  });
});
