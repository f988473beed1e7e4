import { execFile } from 'node:child_process';
import { createCipheriv, randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgresConnector from '@tributary/connector-postgres';
import {
  createConnectionSecretCipher,
  createPrismaClient,
  generateConnectionSecretKey,
  newId,
  type PrismaClient,
} from '@tributary/db';
import { resolveConnectionSecrets } from '@tributary/worker/connections/connection-secrets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../../scripts/testing/throwaway-database';
import { startApi, uniqueSlug, type RunningApi } from './running-api';
import { startWorker, type RunningWorker } from './running-worker';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const k1 = generateConnectionSecretKey();
const k2 = generateConnectionSecretKey();
const K1 = { id: 'k1', key: k1 };
const K2 = { id: 'k2', key: k2 };
/** Step 1 of a rotation: every process learns k2 while k1 stays active. */
const BEFORE = `k1:${k1},k2:${k2}`;
/** Step 2: k2 becomes active; k1 stays readable until the rotation command is done. */
const ROTATING = `k2:${k2},k1:${k1}`;
const CONNECTIONS = 60;
const PG = { host: '127.0.0.1', port: 5432, database: 'postgres', user: 'postgres' };

// A database of its own: the rotation command reads every connection, and other test files' rows use other keys.
let database: ThrowawayDatabase;
let prisma: PrismaClient;
const started: { close(): Promise<void> }[] = [];
beforeAll(async () => {
  database = await createThrowawayDatabase(`tributary_rotation_${randomBytes(4).toString('hex')}`);
  prisma = createPrismaClient(database.url);
}, 60_000);
afterAll(async () => {
  await Promise.allSettled(started.map((service) => service.close()));
  await prisma?.$disconnect();
  await database?.drop();
});

async function startServices(keys: string, keySet: { id: string; key: string }[]) {
  const taskQueue = `rotation-${randomUUID()}`;
  const [api, worker] = await Promise.all([
    startApi({ TEMPORAL_TASK_QUEUE: taskQueue, CONNECTION_SECRETS_KEYS: keys, DATABASE_URL: database.url }),
    startWorker({
      taskQueue,
      connectionSecretsKey: keySet,
      connectors: [postgresConnector],
      databaseUrl: database.url,
    }),
  ]);
  started.push(api, worker);
  return { api, worker };
}

async function stop(...services: (RunningApi | RunningWorker)[]): Promise<void> {
  await Promise.all(services.map((service) => service.close()));
  for (const service of services) started.splice(started.indexOf(service), 1);
}

async function expectTestPasses(api: RunningApi, name: string): Promise<void> {
  const response = await api.request('POST', `/v1/connections/${name}/test`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  expect(response.body, JSON.stringify(response.body)).toMatchObject({ ok: true, verified: 'connection' });
}

function rotateKeyCommand(): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', 'connections:rotate-key', '--', '--batch-size', '7'],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          CONNECTION_SECRETS_KEYS: ROTATING,
          CONNECTION_SECRETS_KEY: '',
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** An envelope as the cipher wrote them before key ids (v1), sealed with k1. */
function sealV1(secrets: Record<string, unknown>): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', Buffer.from(k1, 'base64'), iv, { authTagLength: 16 });
  cipher.setAAD(Buffer.from('v1'));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(secrets)), cipher.final()]);
  return [
    'v1',
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    ciphertext.toString('base64url'),
  ].join('.');
}

describe('rotating the connection secrets key without downtime', () => {
  it('re-encrypts every connection with the new key while the API and workers keep serving, losing no write', async () => {
    // Before: k1 active everywhere.
    const before = await startServices(BEFORE, [K1, K2]);
    const prefix = uniqueSlug('rot');
    const latestPassword = new Map<string, string>();
    for (let i = 0; i < CONNECTIONS; i += 1) {
      const name = `${prefix}-${i}`;
      const password = `pw-${i}-${randomBytes(4).toString('hex')}`;
      const created = await before.api.request('POST', '/v1/connections', {
        name,
        connector: 'postgres',
        config: PG,
        secrets: { password },
      });
      expect(created.status).toBe(201);
      latestPassword.set(name, password);
    }
    // One row from before key ids existed.
    const legacy = `${prefix}-legacy`;
    await prisma.connection.create({
      data: {
        id: newId('connection'),
        name: legacy,
        connectorName: 'postgres',
        config: PG,
        encryptedSecrets: sealV1({ password: 'legacy-pw' }),
        secretFields: ['password'],
      },
    });
    latestPassword.set(legacy, 'legacy-pw');
    const names = [...latestPassword.keys()];
    const rows = () => prisma.connection.findMany({ where: { name: { in: names } } });
    expect(
      (await rows()).filter((row) => row.encryptedSecrets.startsWith('v2.k1.') && row.encryptionKeyId === 'k1'),
    ).toHaveLength(CONNECTIONS);
    await expectTestPasses(before.api, `${prefix}-0`);
    await expectTestPasses(before.api, legacy);

    // Switch: new processes with k2 active take over; the old ones stop.
    const after = await startServices(ROTATING, [K2, K1]);
    await stop(before.api, before.worker);
    const workerCipher = createConnectionSecretCipher([K2, K1]);

    // During: the rotation command runs while the API takes writes and tests, and a worker resolves secrets.
    let rotating = true;
    const rotation = rotateKeyCommand().finally(() => (rotating = false));
    let writes = 0;
    let checks = 0;
    while (rotating || writes < 20) {
      const name = names[writes % names.length]!;
      const password = `pw-changed-${writes}-${randomBytes(4).toString('hex')}`;
      const patched = await after.api.request('PATCH', `/v1/connections/${name}`, { secrets: { password } });
      expect(patched.status, JSON.stringify(patched.body)).toBe(200);
      latestPassword.set(name, password);
      writes += 1;
      const other = names[(writes * 7) % names.length]!;
      expect((await resolveConnectionSecrets(prisma, workerCipher, other)).auth.password).toBe(
        latestPassword.get(other),
      );
      if (writes % 10 === 0) {
        await expectTestPasses(after.api, other);
        checks += 1;
      }
    }
    const first = await rotation;
    expect(first.stdout, first.stderr).toMatch(/re-encrypted\s+\|\s+\d+/);
    expect(first.stdout).toMatch(/skipped \(changed concurrently\)\s+\|\s+\d+/);
    expect(first.stdout).toMatch(/failed\s+\|\s+0/);
    expect([0, 1]).toContain(first.code);

    // A second run covers rows that changed under the first one, and finds nothing left after that.
    const second = await rotateKeyCommand();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.stdout).toMatch(/failed\s+\|\s+0/);

    // After: everything is sealed with k2, readable without k1, and every write made meanwhile survived.
    const k2Only = createConnectionSecretCipher([K2]);
    for (const row of await rows()) {
      expect(row.encryptedSecrets.startsWith('v2.k2.'), row.name).toBe(true);
      expect(row.encryptionKeyId).toBe('k2');
      expect(k2Only.decrypt(row.encryptedSecrets).password, row.name).toBe(latestPassword.get(row.name));
    }
    expect(checks).toBeGreaterThan(0);
    await expectTestPasses(after.api, legacy);
    expect((await resolveConnectionSecrets(prisma, k2Only, `${prefix}-1`)).auth.password).toBe(
      latestPassword.get(`${prefix}-1`),
    );

    // The old key can go: services with k2 alone still work.
    await stop(after.api, after.worker);
    const final = await startServices(`k2:${k2}`, [K2]);
    await expectTestPasses(final.api, `${prefix}-2`);
    const rename = await final.api.request('PATCH', `/v1/connections/${prefix}-3`, { secrets: { extra: 'x' } });
    expect(rename.status).toBe(200);
  }, 120_000);
});
