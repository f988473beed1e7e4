import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import {} from '@temporalio/worker';
import {
  createClaimCheckCodec,
  createConnectionSecretCipher,
  createPrismaClient,
  PostgresPayloadStore,
  type PrismaClient,
} from '@tributary/db';
import { FlowDefinition, type FlowDefinitionInput } from '@tributary/workflows/flow-definition';
import { inject } from 'vitest';
import { startWorkerProcess, type WorkerProcess } from './worker-process';
import { bundleFlowWorkflows } from '../../../scripts/testing/flow-workflow-bundle';

export interface TriggerTestEnv {
  prisma: PrismaClient;
  client: Client;
  /** a worker process with the production wiring (see flow-worker.process.ts) on this env's task queue */
  startWorker(name: string): Promise<WorkerProcess>;
  taskQueue: string;
  /** a connection row whose secrets are encrypted with the workers' key */
  createConnection(row: { name: string; connector: string; secrets: object; config: object }): Promise<void>;
  /** a flow with one published version and the Trigger row the API would write when publishing it */
  publishFlow(slug: string, definition: FlowDefinitionInput): Promise<{ triggerId: string }>;
  close(): Promise<void>;
}

/**
 * What trigger tests share: the test run's Postgres and Temporal server, a
 * prebuilt workflow bundle for the worker processes, and a client that
 * encodes payloads like the workers do.
 */
export async function createTriggerTestEnv(taskQueue: string): Promise<TriggerTestEnv> {
  const secretsKey = randomBytes(32).toString('base64');
  const cipher = createConnectionSecretCipher(secretsKey);
  const prisma = createPrismaClient(inject('databaseUrl'));
  const connection = await Connection.connect({ address: inject('temporalAddress') });
  const client = new Client({
    connection,
    namespace: inject('temporalNamespace'),
    dataConverter: { payloadCodecs: [createClaimCheckCodec({ store: new PostgresPayloadStore(prisma) })] },
  });
  const bundle = await bundleFlowWorkflows();
  const bundleDir = await mkdtemp(path.join(tmpdir(), 'tributary-trigger-worker-'));
  const bundlePath = path.join(bundleDir, 'workflow-bundle.js');
  await writeFile(bundlePath, bundle.code);
  const workerOptions = {
    address: inject('temporalAddress'),
    namespace: inject('temporalNamespace'),
    taskQueue,
    bundlePath,
    databaseUrl: inject('databaseUrl'),
    secretsKey,
  };
  return {
    prisma,
    client,
    taskQueue,
    startWorker: (name) => startWorkerProcess('flow-worker.process.ts', workerOptions, name),
    async createConnection({ name, connector, secrets, config }) {
      await prisma.connection.create({
        data: {
          id: `conn_${randomBytes(8).toString('hex')}`,
          name,
          connectorName: connector,
          encryptedSecrets: cipher.encrypt(secrets as Record<string, unknown>),
          secretFields: Object.keys(secrets),
          config,
        },
      });
    },
    async publishFlow(slug, input) {
      const definition = FlowDefinition.parse(input);
      const id = randomBytes(8).toString('hex');
      const flow = await prisma.flow.create({
        data: { id: `flow_${id}`, slug, name: slug, draft: definition as object },
      });
      await prisma.flowVersion.create({
        data: { id: `flv_${id}`, flowId: flow.id, version: 1, definition: definition as object },
      });
      const trigger = await prisma.trigger.create({
        data: { id: `trg_${id}`, flowId: flow.id, kind: definition.trigger.kind, config: definition.trigger as object },
      });
      return { triggerId: trigger.id };
    },
    async close() {
      await connection.close();
      await prisma.$disconnect();
      await rm(bundleDir, { recursive: true, force: true });
    },
  };
}

/** Runs recorded in the index for one trigger. */
export function runsOf(env: TriggerTestEnv, triggerId: string): Promise<number> {
  return env.prisma.run.count({ where: { triggerId } });
}
