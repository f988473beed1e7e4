import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConnectionSecretCipher, generateConnectionSecretKey } from '../src/connection-secret-cipher';
import { formatRotationSummary, rotateConnectionSecretKey } from '../src/connection-key-rotation';
import { migrateDatabase } from '../src/migrate';
import { createPrismaClient } from '../src/prisma-client';
import { newId } from '../src/resource-id';
import { createEmptyDatabase, type EmptyDatabase } from './empty-database';

const k1 = { id: 'k1', key: generateConnectionSecretKey() };
const k2 = { id: 'k2', key: generateConnectionSecretKey() };
const oldCipher = createConnectionSecretCipher([k1]);
const rotating = createConnectionSecretCipher([k2, k1]);

// A database of its own: a rotation reads every connection, and other tests' rows use keys this one lacks.
let database: EmptyDatabase;
let prisma: ReturnType<typeof createPrismaClient>;
beforeAll(async () => {
  database = await createEmptyDatabase();
  await migrateDatabase(database.url);
  prisma = createPrismaClient(database.url);
}, 60_000);
afterAll(async () => {
  await prisma?.$disconnect();
  await database?.drop();
});

async function createSealed(name: string, secrets: Record<string, unknown>, cipher = oldCipher): Promise<string> {
  const id = newId('connection');
  await prisma.connection.create({
    data: {
      id,
      name,
      connectorName: 'http',
      encryptedSecrets: cipher.encrypt(secrets),
      encryptionKeyId: cipher.activeKeyId,
    },
  });
  return id;
}

describe('rotateConnectionSecretKey', () => {
  it('never overwrites a row another writer changed between its read and its write', async () => {
    const racedId = await createSealed(`race-${Date.now()}`, { password: 'old' });
    const calmId = await createSealed(`calm-${Date.now()}`, { password: 'calm' });
    // A writer (a PATCH, a refreshed token) lands just before the rotation writes the raced row.
    const racing = prisma.$extends({
      query: {
        async $executeRaw({ args, query }) {
          const values = (args as unknown as { values?: unknown[] }).values ?? [];
          if (values.includes(racedId)) {
            await prisma.connection.update({
              where: { id: racedId },
              data: { encryptedSecrets: oldCipher.encrypt({ password: 'written-meanwhile' }) },
            });
          }
          return query(args);
        },
      },
    }) as unknown as typeof prisma;

    const summary = await rotateConnectionSecretKey(racing, rotating, { batchSize: 1 });
    expect(summary).toMatchObject({ reEncrypted: 1, skippedConcurrentChange: 1 });
    expect(summary.failed).toEqual([]);
    const raced = await prisma.connection.findUniqueOrThrow({ where: { id: racedId } });
    expect(rotating.decrypt(raced.encryptedSecrets)).toEqual({ password: 'written-meanwhile' });
    const calm = await prisma.connection.findUniqueOrThrow({ where: { id: calmId } });
    expect(calm.encryptedSecrets.startsWith('v2.k2.')).toBe(true);
    expect(calm.encryptionKeyId).toBe('k2');

    // The next run picks up what was skipped.
    const again = await rotateConnectionSecretKey(prisma, rotating);
    expect(again).toMatchObject({ reEncrypted: 1, skippedConcurrentChange: 0, failed: [] });
    const settled = await prisma.connection.findUniqueOrThrow({ where: { id: racedId } });
    expect(settled.encryptedSecrets.startsWith('v2.k2.')).toBe(true);
    expect(rotating.decrypt(settled.encryptedSecrets)).toEqual({ password: 'written-meanwhile' });
  });

  it('reports rows no configured key opens, and leaves them as they are', async () => {
    const stranger = createConnectionSecretCipher([{ id: 'k9', key: generateConnectionSecretKey() }]);
    const id = await createSealed(`stranger-${Date.now()}`, { password: 'x' }, stranger);
    const summary = await rotateConnectionSecretKey(prisma, rotating);
    expect(summary.failed).toEqual([expect.objectContaining({ id, code: 'SECRET_ENVELOPE_INVALID' })]);
    expect((await prisma.connection.findUniqueOrThrow({ where: { id } })).encryptedSecrets.startsWith('v2.k9.')).toBe(
      true,
    );
    expect(formatRotationSummary(summary)).toMatch(/failed\s+\| [1-9]/);
    await prisma.connection.delete({ where: { id } });
  });

  it('corrects a key id column that disagrees with the envelope, without touching updatedAt', async () => {
    const id = await createSealed(`label-${Date.now()}`, { password: 'y' }, rotating);
    await prisma.connection.update({ where: { id }, data: { encryptionKeyId: 'default' } });
    const before = await prisma.connection.findUniqueOrThrow({ where: { id } });
    const summary = await rotateConnectionSecretKey(prisma, rotating);
    expect(summary).toMatchObject({ reEncrypted: 0, keyIdsCorrected: 1 });
    const after = await prisma.connection.findUniqueOrThrow({ where: { id } });
    expect(after.encryptionKeyId).toBe('k2');
    expect(after.encryptedSecrets).toBe(before.encryptedSecrets);
    expect(after.updatedAt).toEqual(before.updatedAt);
  });
});
