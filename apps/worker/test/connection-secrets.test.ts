import { randomBytes, randomUUID } from 'node:crypto';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { createConnectionSecretCipher, createPrismaClient, type Prisma, type PrismaClient } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { InvalidConnectionRateLimitError } from '../src/connections/connection-rate-limit';
import { resolveConnectionSecrets } from '../src/connections/connection-secrets';

const cipher = createConnectionSecretCipher(randomBytes(32).toString('base64'));

let prisma: PrismaClient;
beforeAll(() => {
  prisma = createPrismaClient(inject('databaseUrl'));
});
afterAll(async () => {
  await prisma?.$disconnect();
});

async function storeConnection(config: Prisma.InputJsonObject): Promise<{ id: string; name: string }> {
  const id = `conn_${randomUUID().replaceAll('-', '').slice(0, 26)}`;
  const name = `erp-${randomUUID().slice(0, 8)}`;
  await prisma.connection.create({
    data: { id, name, connectorName: 'http', config, encryptedSecrets: cipher.encrypt({ token: 'tok_secret_123' }) },
  });
  return { id, name };
}

describe('resolveConnectionSecrets', () => {
  it('hands the rate limit to the worker and keeps it out of the connector’s auth', async () => {
    const stored = await storeConnection({
      type: 'bearer',
      baseUrl: 'http://erp.local',
      rateLimit: { requestsPerSecond: 10, burst: 2 },
    });

    const resolved = await resolveConnectionSecrets(prisma, cipher, stored.name);

    expect(resolved).toMatchObject({
      id: stored.id,
      rateLimit: { requestsPerSecond: 10, burst: 2 },
      auth: { type: 'bearer', baseUrl: 'http://erp.local', token: 'tok_secret_123' },
    });
    expect(resolved.auth).not.toHaveProperty('rateLimit');
  });

  it('resolves a connection without a rate limit as unlimited', async () => {
    const stored = await storeConnection({ type: 'none' });
    expect((await resolveConnectionSecrets(prisma, cipher, stored.name)).rateLimit).toBeUndefined();
  });

  it('refuses a stored rate limit that is malformed, naming the field, instead of running unlimited', async () => {
    const stored = await storeConnection({ type: 'none', rateLimit: { requestsPerSecond: 'ten' } });

    const error = await expectRejection(
      resolveConnectionSecrets(prisma, cipher, stored.name),
      InvalidConnectionRateLimitError,
    );

    expect(error.code).toBe('connection_rate_limit_invalid');
    expect(error.message).toBe(
      `connection "${stored.name}" has an invalid rate limit: rateLimit.requestsPerSecond: Invalid input: expected number, received string`,
    );
  });
});
