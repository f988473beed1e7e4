import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { connector as httpConnector } from '@tributary/connector-http';
import { defineAction, defineConnector } from '@tributary/connector-sdk';
import {
  createClaimCheckCodec,
  createConnectionSecretCipher,
  createPrismaClient,
  PostgresPayloadStore,
  type Prisma,
  type PrismaClient,
} from '@tributary/db';
import { FlowDefinition } from '@tributary/workflows/flow-definition';
import type { RunFlowInput } from '@tributary/workflows/run-flow.contract';
import type { runFlow } from '@tributary/workflows/run-flow.workflow';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { createActivities } from '../src/activities/create-activities';
import { ConnectorCatalog } from '../src/connectors/connector-catalog';
import { createFlowWorker } from '../src/flow-worker';
import { createLogger } from '../src/logger';
import { bundleFlowWorkflows } from '../../../scripts/testing/flow-workflow-bundle';

/**
 * A connection's rate limit holds across workers: two workers, each with its
 * own Prisma client (as two processes would have), run 30 `http` actions at
 * once through one connection limited to 10 requests/s with a burst of 2, and
 * the server never sees more than that in any second.
 */

const SECRETS_KEY = randomBytes(32).toString('base64');
const ACTIONS = 30;
const REQUESTS_PER_SECOND = 10;
const BURST = 2;

let client: Client;
let clientConnection: Connection;
let setupPrisma: PrismaClient;
let workflowCode: string;

beforeAll(async () => {
  clientConnection = await Connection.connect({ address: inject('temporalAddress') });
  client = new Client({ connection: clientConnection, namespace: inject('temporalNamespace') });
  setupPrisma = createPrismaClient(inject('databaseUrl'));
  ({ code: workflowCode } = await bundleFlowWorkflows());
});

afterAll(async () => {
  await clientConnection?.close();
  await setupPrisma?.$disconnect();
});

describe('a connection with a rate limit', () => {
  it('holds its requests per second across two workers running 30 actions at once', { timeout: 60_000 }, async () => {
    const server = await startArrivalRecorder();
    const connectionName = await createConnection('http', {
      type: 'none',
      baseUrl: server.url,
      rateLimit: { requestsPerSecond: REQUESTS_PER_SECOND, burst: BURST },
    });
    const taskQueue = `rate-limit-${randomUUID()}`;
    const workers = await Promise.all([startWorker(taskQueue), startWorker(taskQueue)]);

    try {
      const started = Date.now();
      const results = await Promise.all(
        Array.from({ length: ACTIONS }, (_, index) => {
          const input = runInput(connectionName, {
            connector: 'http',
            action: 'request',
            input: { method: 'GET', url: `/orders/${index}` },
          });
          return client.workflow.execute<typeof runFlow>('runFlow', {
            taskQueue,
            workflowId: `flow-rate-limit-${input.runId}`,
            args: [input],
          });
        }),
      );
      const elapsedMs = Date.now() - started;

      expect(results.map((result) => result.steps[0]?.status)).toEqual(Array(ACTIONS).fill('succeeded'));
      // Both workers served actions, so the limit really was shared between them.
      expect(workers.map((worker) => worker.actionsRun())).not.toContain(0);

      const arrivals = await server.arrivals();
      expect(arrivals).toHaveLength(ACTIONS);
      // A bucket of 2 refilling at 10/s lets at most 2 + 10 through in any second; 1 more for timer jitter.
      expect(busiestSecond(arrivals)).toBeLessThanOrEqual(BURST + REQUESTS_PER_SECOND + 1);
      // 30 requests at 10/s after a burst of 2 need at least 2.8 s; without the limit they take well under one.
      const minimumMs = ((ACTIONS - BURST) / REQUESTS_PER_SECOND) * 1000;
      expect(arrivals.at(-1)! - arrivals[0]!).toBeGreaterThanOrEqual(minimumMs - 200);
      expect(elapsedMs).toBeLessThan(minimumMs + 5_000);
    } finally {
      await Promise.all(workers.map((worker) => worker.close()));
      await server.close();
    }
  });

  it('counts one request per action for a connector that never calls throttle', { timeout: 60_000 }, async () => {
    const connectionName = await createConnection('plant-bus', { rateLimit: { requestsPerSecond: 2 } });
    const taskQueue = `rate-limit-${randomUUID()}`;
    const workers = await Promise.all([startWorker(taskQueue), startWorker(taskQueue)]);

    try {
      const results = await Promise.all(
        Array.from({ length: 5 }, () => {
          const input = runInput(connectionName, { connector: 'plant-bus', action: 'publish', input: {} });
          return client.workflow.execute<typeof runFlow>('runFlow', {
            taskQueue,
            workflowId: `flow-rate-limit-${input.runId}`,
            args: [input],
          });
        }),
      );

      expect(results.map((result) => result.steps[0]?.status)).toEqual(Array(5).fill('succeeded'));
      const published = workers.flatMap((worker) => worker.published()).sort((a, b) => a - b);
      expect(published).toHaveLength(5);
      // 2 per second with a burst of 1: the five publishes are spread over at least 2 s, not sent at once.
      expect(published.at(-1)! - published[0]!).toBeGreaterThanOrEqual(1_800);
    } finally {
      await Promise.all(workers.map((worker) => worker.close()));
    }
  });
});

async function createConnection(connectorName: string, config: Prisma.InputJsonObject): Promise<string> {
  const name = `limited-${connectorName}-${randomUUID().slice(0, 8)}`;
  await setupPrisma.connection.create({
    data: {
      id: `conn_${randomUUID().replaceAll('-', '').slice(0, 26)}`,
      name,
      connectorName,
      config,
      encryptedSecrets: createConnectionSecretCipher(SECRETS_KEY).encrypt({}),
    },
  });
  return name;
}

/** Stands in for a database or broker connector: talks to its system without the SDK's HTTP client. */
function plantBusConnector(published: number[]) {
  return defineConnector({
    name: 'plant-bus',
    version: '1.0.0',
    displayName: 'Plant bus',
    auth: z.object({}),
    actions: {
      publish: defineAction({
        name: 'publish',
        displayName: 'Publish',
        input: z.object({}),
        output: z.object({}),
        async run() {
          published.push(Date.now());
          return {};
        },
      }),
    },
  });
}

interface RunningWorker {
  actionsRun(): number;
  /** when this worker's plant-bus actions ran */
  published(): number[];
  close(): Promise<void>;
}

/** A real flow worker with its own Temporal and Postgres connections, as a separate process would have. */
async function startWorker(taskQueue: string): Promise<RunningWorker> {
  const prisma = createPrismaClient(inject('databaseUrl'));
  const connection = await NativeConnection.connect({ address: inject('temporalAddress') });
  const published: number[] = [];
  const activities = createActivities({
    prisma,
    cipher: createConnectionSecretCipher(SECRETS_KEY),
    catalog: new ConnectorCatalog([httpConnector, plantBusConnector(published)]),
    logger: createLogger('silent'),
  });
  let actionsRun = 0;
  const worker: Worker = await createFlowWorker({
    connection,
    namespace: inject('temporalNamespace'),
    taskQueue,
    activities: {
      ...activities,
      runAction: (request) => {
        actionsRun++;
        return activities.runAction(request);
      },
    },
    payloadCodec: createClaimCheckCodec({ store: new PostgresPayloadStore(prisma) }),
    // Neither worker can take all 30 actions, so both must serve some.
    overrides: {
      workflowsPath: undefined,
      workflowBundle: { code: workflowCode },
      maxConcurrentActivityTaskExecutions: 20,
      shutdownGraceTime: '1 second',
    },
  });
  const running = worker.run();
  return {
    actionsRun: () => actionsRun,
    published: () => published,
    async close() {
      worker.shutdown();
      await running;
      await connection.close();
      await prisma.$disconnect();
    },
  };
}

/**
 * The system behind the connection, in its own process: arrival times taken
 * in the test's process would bunch whenever its busy event loop (two workers,
 * thirty workflows) stalls, and show bursts the network never carried.
 */
async function startArrivalRecorder(): Promise<{ url: string; arrivals(): Promise<number[]>; close(): Promise<void> }> {
  const program = `
    const arrivals = [];
    require('node:http')
      .createServer((request, response) => {
        if (request.url === '/arrivals') return response.end(JSON.stringify(arrivals));
        arrivals.push(Date.now());
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      })
      .listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;
  const child = spawn(process.execPath, ['-e', program], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const [firstLine] = (await once(child.stdout!, 'data')) as [Buffer];
  const url = `http://127.0.0.1:${firstLine.toString().trim()}`;
  return {
    url,
    arrivals: async () => ((await (await fetch(`${url}/arrivals`)).json()) as number[]).sort((a, b) => a - b),
    async close() {
      child.kill();
      await exited;
    },
  };
}

/** The most arrivals within any 1000 ms window that starts at an arrival. */
function busiestSecond(sortedArrivals: number[]): number {
  let busiest = 0;
  let end = 0;
  for (let start = 0; start < sortedArrivals.length; start++) {
    while (end < sortedArrivals.length && sortedArrivals[end]! < sortedArrivals[start]! + 1000) end++;
    busiest = Math.max(busiest, end - start);
  }
  return busiest;
}

function runInput(
  connection: string,
  step: { connector: string; action: string; input: Record<string, unknown> },
): RunFlowInput {
  const runId = `run_${randomUUID().slice(0, 8)}`;
  return {
    runId,
    flow: { id: 'flow_limited', slug: 'limited', version: 1, versionId: 'flv_limited_1' },
    definition: FlowDefinition.parse({
      schemaVersion: 1,
      trigger: { kind: 'manual' },
      steps: [
        {
          id: 'call',
          kind: 'action',
          ...step,
          connection,
          retry: { maxAttempts: 1 },
        },
      ],
    }),
    trigger: { kind: 'manual', payload: {}, receivedAt: new Date().toISOString() },
  };
}
