import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import {
  createClaimCheckCodec,
  createConnectionSecretCipher,
  createPrismaClient,
  PostgresPayloadStore,
} from '@tributary/db';
import { createActivities } from '../src/activities/create-activities';
import { createTriggerActivities } from '../src/activities/create-trigger-activities';
import { resolveConnectionSecrets } from '../src/connections/connection-secrets';
import { loadConnectorCatalog } from '../src/connectors/connector-catalog';
import { createFlowWorker } from '../src/flow-worker';
import { createLogger } from '../src/logger';
import { TriggerRunStarter } from '../src/triggers/trigger-run-starter';

/**
 * The production worker wiring (flow and trigger activities, every installed
 * connector) in a process of its own, so a test can crash it for real with
 * SIGKILL: no graceful shutdown, no cancellation, no last heartbeat.
 *
 * Usage: node --import tsx flow-worker.process.ts '{"address":…,"namespace":…,"taskQueue":…,"bundlePath":…,"databaseUrl":…,"secretsKey":…}'
 * Prints "ready" once polling.
 */

interface FlowWorkerProcessOptions {
  address: string;
  namespace: string;
  taskQueue: string;
  /** a workflow bundle written by the test, so this process does not bundle again */
  bundlePath: string;
  databaseUrl: string;
  secretsKey: string;
}

const options = JSON.parse(process.argv[2] ?? '') as FlowWorkerProcessOptions;
const logger = createLogger('warn');
const prisma = createPrismaClient(options.databaseUrl);
const cipher = createConnectionSecretCipher(options.secretsKey);
const catalog = await loadConnectorCatalog();
const payloadCodec = createClaimCheckCodec({ store: new PostgresPayloadStore(prisma) });
const connection = await NativeConnection.connect({ address: options.address });
const client = new Client({
  connection: await Connection.connect({ address: options.address }),
  namespace: options.namespace,
  dataConverter: { payloadCodecs: [payloadCodec] },
});
const resolveConnection = (name: string) => resolveConnectionSecrets(prisma, cipher, name);
const worker = await createFlowWorker({
  connection,
  namespace: options.namespace,
  taskQueue: options.taskQueue,
  activities: createActivities({ prisma, cipher, catalog, logger }),
  triggerActivities: createTriggerActivities({
    prisma,
    catalog,
    logger,
    starter: new TriggerRunStarter(client, options.taskQueue),
    resolveConnection,
  }),
  payloadCodec,
  overrides: {
    workflowBundle: { codePath: options.bundlePath },
    // Workflow tasks after a crash would otherwise wait out the default 10 s on the dead worker's sticky queue.
    stickyQueueScheduleToStartTimeout: '1 second',
  },
});
process.stdout.write('ready\n');
await worker.run();
