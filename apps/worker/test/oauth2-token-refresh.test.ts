import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { connector as httpConnector } from '@tributary/connector-http';
import { sendJson, startTestHttpServer, type TestHttpServer } from '@tributary/connector-sdk/testing/test-http-server';
import {
  createClaimCheckCodec,
  createConnectionSecretCipher,
  createPrismaClient,
  PostgresPayloadStore,
  type PrismaClient,
} from '@tributary/db';
import { FlowDefinition } from '@tributary/workflows/flow-definition';
import type { RunFlowInput } from '@tributary/workflows/run-flow.contract';
import type { runFlow } from '@tributary/workflows/run-flow.workflow';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createActivities } from '../src/activities/create-activities';
import { createConnectionSecretStore } from '../src/connections/connection-secret-store';
import { ConnectorCatalog } from '../src/connectors/connector-catalog';
import { createFlowWorker } from '../src/flow-worker';
import { createLogger } from '../src/logger';
import { bundleFlowWorkflows } from '../../../scripts/testing/flow-workflow-bundle';

/**
 * OAuth2 refresh tokens are often single-use: when two activities find the
 * access token expired at once, only one may spend the refresh token. These
 * tests run the refresh against real Postgres (the row lock) and, end to end,
 * two `runAction` activities on two workers of the real Temporal dev server.
 */

const SECRETS_KEY = randomBytes(32).toString('base64');
const cipher = createConnectionSecretCipher(SECRETS_KEY);

let prisma: PrismaClient;
let clientConnection: Connection;
let client: Client;
let workflowCode: string;

beforeAll(async () => {
  prisma = createPrismaClient(inject('databaseUrl'));
  clientConnection = await Connection.connect({ address: inject('temporalAddress') });
  client = new Client({ connection: clientConnection, namespace: inject('temporalNamespace') });
  ({ code: workflowCode } = await bundleFlowWorkflows());
});

afterAll(async () => {
  await clientConnection?.close();
  await prisma?.$disconnect();
});

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A token endpoint that accepts each refresh token once and answers slowly, so two refreshes would overlap. */
async function startTokenServer(): Promise<TestHttpServer> {
  const valid = new Set(['refresh-0']);
  let issued = 0;
  const server = await startTestHttpServer(async (req, res) => {
    await sleep(400);
    const refreshToken = new URLSearchParams(req.body).get('refresh_token') ?? '';
    if (!valid.delete(refreshToken)) return sendJson(res, 400, { error: 'invalid_grant' });
    issued += 1;
    valid.add(`refresh-${issued}`);
    sendJson(res, 200, { access_token: `access-${issued}`, refresh_token: `refresh-${issued}`, expires_in: 3600 });
  });
  cleanups.push(() => server.close());
  return server;
}

async function seedConnection(tokenUrl: string, baseUrl: string): Promise<string> {
  const name = `crm-${randomUUID().slice(0, 8)}`;
  await prisma.connection.create({
    data: {
      id: `conn_${randomUUID().replaceAll('-', '').slice(0, 26)}`,
      name,
      connectorName: 'http',
      config: { type: 'oauth2AuthorizationCode', baseUrl, tokenUrl, clientId: 'tributary' },
      encryptedSecrets: cipher.encrypt({
        clientSecret: 'client-secret-1',
        accessToken: 'access-stale',
        refreshToken: 'refresh-0',
        expiresAt: new Date(Date.now() - 60_000).toISOString(),
      }),
      secretFields: ['accessToken', 'clientSecret', 'expiresAt', 'refreshToken'],
    },
  });
  return name;
}

async function storedSecrets(name: string): Promise<Record<string, unknown>> {
  const row = await prisma.connection.findUniqueOrThrow({ where: { name } });
  return cipher.decrypt(row.encryptedSecrets);
}

describe('connection secret store', () => {
  it('runs concurrent updates one after the other, each seeing the one before', async () => {
    const tokens = await startTokenServer();
    const name = await seedConnection(tokens.url, 'http://unused.invalid');
    const before = await prisma.connection.findUniqueOrThrow({ where: { name } });
    // Two Prisma clients, as two worker processes would have.
    const otherPrisma = createPrismaClient(inject('databaseUrl'));
    cleanups.push(() => otherPrisma.$disconnect());
    const stores = [createConnectionSecretStore(prisma, cipher), createConnectionSecretStore(otherPrisma, cipher)];

    const seen: unknown[] = [];
    const results = await Promise.all(
      stores.map((store) =>
        store.updateSecrets(name, async (current) => {
          seen.push(current.accessToken);
          if (current.accessToken !== 'access-stale') return undefined;
          const response = await fetch(tokens.url, {
            method: 'POST',
            body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: String(current.refreshToken) }),
          });
          const body = (await response.json()) as { access_token: string; refresh_token: string };
          return { accessToken: body.access_token, refreshToken: body.refresh_token };
        }),
      ),
    );

    expect(tokens.requests).toHaveLength(1);
    expect(seen.sort()).toEqual(['access-1', 'access-stale']);
    for (const result of results) {
      expect(result.auth).toMatchObject({ type: 'oauth2AuthorizationCode', accessToken: 'access-1' });
      expect(result.secretValues).toContain('access-1');
    }
    expect(await storedSecrets(name)).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    const after = await prisma.connection.findUniqueOrThrow({ where: { name } });
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
  });

  it('keeps the stored secrets when the update fails', async () => {
    const tokens = await startTokenServer();
    const name = await seedConnection(tokens.url, 'http://unused.invalid');
    const store = createConnectionSecretStore(prisma, cipher);
    await expect(
      store.updateSecrets(name, async () => {
        throw new Error('token endpoint down');
      }),
    ).rejects.toThrow('token endpoint down');
    expect(await storedSecrets(name)).toMatchObject({ accessToken: 'access-stale', refreshToken: 'refresh-0' });
  });

  it('says which connection does not exist', async () => {
    const store = createConnectionSecretStore(prisma, cipher);
    await expect(store.updateSecrets('no-such-connection', async () => undefined)).rejects.toThrow(
      'connection "no-such-connection" does not exist',
    );
  });
});

describe('runAction with an expired OAuth2 token', () => {
  it(
    'refreshes once for two concurrent actions on two workers and stores the new tokens',
    { timeout: 60_000 },
    async () => {
      const tokens = await startTokenServer();
      const api = await startTestHttpServer((req, res) =>
        req.headers.authorization === 'Bearer access-1'
          ? sendJson(res, 200, { ok: true })
          : sendJson(res, 401, { error: 'invalid_token' }),
      );
      cleanups.push(() => api.close());
      const name = await seedConnection(tokens.url, api.url);
      const taskQueue = `oauth2-refresh-${randomUUID()}`;
      const workers = await Promise.all([startWorker(taskQueue), startWorker(taskQueue)]);
      cleanups.push(() => Promise.all(workers.map((worker) => worker.close())));

      const results = await Promise.all(
        [0, 1].map((index) => {
          const input = runInput(name, index);
          return client.workflow.execute<typeof runFlow>('runFlow', {
            taskQueue,
            workflowId: `flow-oauth2-${input.runId}`,
            args: [input],
          });
        }),
      );

      expect(results.map((result) => result.steps[0]?.status)).toEqual(['succeeded', 'succeeded']);
      expect(tokens.requests).toHaveLength(1);
      expect(api.requests.map((request) => request.headers.authorization)).toEqual([
        'Bearer access-1',
        'Bearer access-1',
      ]);
      const stored = await storedSecrets(name);
      expect(stored).toMatchObject({
        accessToken: 'access-1',
        refreshToken: 'refresh-1',
        clientSecret: 'client-secret-1',
      });
      expect(Date.parse(String(stored.expiresAt))).toBeGreaterThan(Date.now() + 3_000_000);
    },
  );
});

interface RunningWorker {
  close(): Promise<void>;
}

/** A real flow worker with its own Temporal and Postgres connections, as a separate process would have. */
async function startWorker(taskQueue: string): Promise<RunningWorker> {
  const workerPrisma = createPrismaClient(inject('databaseUrl'));
  const connection = await NativeConnection.connect({ address: inject('temporalAddress') });
  const worker: Worker = await createFlowWorker({
    connection,
    namespace: inject('temporalNamespace'),
    taskQueue,
    activities: createActivities({
      prisma: workerPrisma,
      cipher,
      catalog: new ConnectorCatalog([httpConnector]),
      logger: createLogger('silent'),
    }),
    payloadCodec: createClaimCheckCodec({ store: new PostgresPayloadStore(workerPrisma) }),
    // One action per worker at a time, so each worker runs one of the two.
    overrides: {
      workflowsPath: undefined,
      workflowBundle: { code: workflowCode },
      maxConcurrentActivityTaskExecutions: 1,
      shutdownGraceTime: '1 second',
    },
  });
  const running = worker.run();
  return {
    async close() {
      worker.shutdown();
      await running;
      await connection.close();
      await workerPrisma.$disconnect();
    },
  };
}

function runInput(connection: string, index: number): RunFlowInput {
  const runId = `run_${randomUUID().slice(0, 8)}`;
  return {
    runId,
    flow: { id: 'flow_oauth2', slug: 'oauth2', version: 1, versionId: 'flv_oauth2_1' },
    definition: FlowDefinition.parse({
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          id: 'call',
          kind: 'action',
          connector: 'http',
          action: 'request',
          connection,
          input: { method: 'GET', url: `contacts/${index}` },
          retry: { maxAttempts: 1 },
        },
      ],
    }),
    trigger: { kind: 'manual', payload: {}, receivedAt: new Date().toISOString() },
  };
}
