import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { defineAction, defineConnector, NonRetryableError, type Connector } from '@tributary/connector-sdk';
import {
  createClaimCheckCodec,
  createConnectionSecretCipher,
  createPrismaClient,
  PostgresPayloadStore,
  type ConnectionSecretKey,
} from '@tributary/db';
import { createActivities } from '@tributary/worker/activities/create-activities';
import { createConnectionActivities } from '@tributary/worker/activities/create-connection-activities';
import { createTriggerActivities } from '@tributary/worker/activities/create-trigger-activities';
import { resolveConnectionSecrets } from '@tributary/worker/connections/connection-secrets';
import { ConnectorCatalog } from '@tributary/worker/connectors/connector-catalog';
import { createFlowWorker } from '@tributary/worker/flow-worker';
import { createLogger } from '@tributary/worker/logger';
import { TriggerRunStarter } from '@tributary/worker/triggers/trigger-run-starter';
import { inject } from 'vitest';
import { z } from 'zod';

export interface RunningWorker {
  probe: ProbeConnector;
  close(): Promise<void>;
}

/**
 * A real worker in this process: the runFlow interpreter and the worker's
 * real activities (Postgres, connection secrets, the run index), with a
 * `probe` connector whose calls the test can count and make fail.
 */
export async function startWorker(options: {
  taskQueue: string;
  /** one key (id `default`) or a key set, the active key first */
  connectionSecretsKey: string | ConnectionSecretKey[];
  /** connectors besides `probe`, e.g. the real postgres connector for "Test connection" */
  connectors?: Connector[];
  /** default: the test run's database */
  databaseUrl?: string;
}): Promise<RunningWorker> {
  const probe = createProbeConnector();
  const prisma = createPrismaClient(options.databaseUrl ?? inject('databaseUrl'));
  const connection = await NativeConnection.connect({ address: inject('temporalAddress') });
  const cipher = createConnectionSecretCipher(options.connectionSecretsKey);
  const catalog = new ConnectorCatalog([probe.connector, ...(options.connectors ?? [])]);
  const logger = createLogger('silent');
  const payloadCodec = createClaimCheckCodec({ store: new PostgresPayloadStore(prisma) });
  // Triggers start runs through a client, as in the worker's main.ts.
  const clientConnection = await Connection.connect({ address: inject('temporalAddress') });
  const client = new Client({
    connection: clientConnection,
    namespace: inject('temporalNamespace'),
    dataConverter: { payloadCodecs: [payloadCodec] },
  });
  const worker: Worker = await createFlowWorker({
    connection,
    namespace: inject('temporalNamespace'),
    taskQueue: options.taskQueue,
    activities: createActivities({ prisma, cipher, catalog, logger }),
    connectionActivities: createConnectionActivities({ prisma, cipher, catalog, logger }),
    triggerActivities: createTriggerActivities({
      prisma,
      catalog,
      logger,
      starter: new TriggerRunStarter(client, options.taskQueue),
      resolveConnection: (name) => resolveConnectionSecrets(prisma, cipher, name),
    }),
    payloadCodec,
    overrides: { shutdownGraceTime: '1 second' },
  });
  const running = worker.run();
  return {
    probe,
    async close() {
      worker.shutdown();
      await running;
      await clientConnection.close();
      await connection.close();
      await prisma.$disconnect();
    },
  };
}

export interface ProbeConnector {
  connector: ReturnType<typeof defineConnector>;
  /** calls of `probe.record` by label */
  calls(label: string): number;
  /** `probe.record` with this label fails (non-retryable) until `heal(label)` */
  breakLabel(label: string): void;
  heal(label: string): void;
}

/** `probe.record({label, data})` returns `{label, data, call}`: which call of that label this was. */
function createProbeConnector(): ProbeConnector {
  const counts = new Map<string, number>();
  const broken = new Set<string>();
  const record = defineAction({
    name: 'record',
    displayName: 'Record a call',
    input: z.object({ label: z.string(), data: z.unknown().optional() }),
    output: z.object({ label: z.string(), data: z.unknown().optional(), call: z.number() }),
    async run(_ctx, input) {
      const call = (counts.get(input.label) ?? 0) + 1;
      counts.set(input.label, call);
      if (broken.has(input.label)) throw new NonRetryableError(`${input.label} is broken`, { code: 'probe_broken' });
      return { label: input.label, data: input.data, call };
    },
  });
  const connector = defineConnector({
    name: 'probe',
    version: '1.0.0',
    displayName: 'Probe',
    auth: z.object({}).optional(),
    actions: { record },
  });
  return {
    connector,
    calls: (label) => counts.get(label) ?? 0,
    breakLabel: (label) => void broken.add(label),
    heal: (label) => void broken.delete(label),
  };
}
