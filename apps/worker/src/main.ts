import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { closeMutualTlsDispatchers } from '@tributary/connector-sdk';
import {
  createClaimCheckCodec,
  createConnectionSecretCipher,
  createPrismaClient,
  PostgresPayloadStore,
} from '@tributary/db';
import { createActivities } from './activities/create-activities';
import { createConnectionActivities } from './activities/create-connection-activities';
import { createTriggerActivities } from './activities/create-trigger-activities';
import { resolveConnectionSecrets } from './connections/connection-secrets';
import { buildWorkerConfig } from './config/worker-config';
import { loadConnectorCatalog } from './connectors/connector-catalog';
import { registerConnectors } from './connectors/connector-registry';
import { createFlowWorker } from './flow-worker';
import { createLogger } from './logger';
import { TriggerRunStarter } from './triggers/trigger-run-starter';

/**
 * Worker entry point: validate configuration, load connectors, connect to
 * Temporal and Postgres, then poll the flows task queue until SIGINT/SIGTERM.
 */
async function main(): Promise<void> {
  const config = buildWorkerConfig(process.env);
  const logger = createLogger(config.logLevel);
  const catalog = await loadConnectorCatalog(config.connectorPackages);
  const prisma = createPrismaClient(config.databaseUrl);
  await registerConnectors(prisma, catalog.list(), logger);
  const connection = await NativeConnection.connect({ address: config.temporalAddress });
  const payloadCodec = createClaimCheckCodec({
    store: new PostgresPayloadStore(prisma),
    thresholdBytes: config.payloadClaimCheckThresholdBytes,
  });
  const cipher = createConnectionSecretCipher(config.connectionSecretKeys);
  // Triggers start runs themselves, through a client that encodes payloads like the API's.
  const clientConnection = await Connection.connect({ address: config.temporalAddress });
  const client = new Client({
    connection: clientConnection,
    namespace: config.temporalNamespace,
    dataConverter: { payloadCodecs: [payloadCodec] },
  });
  const worker = await createFlowWorker({
    connection,
    namespace: config.temporalNamespace,
    taskQueue: config.taskQueue,
    activities: createActivities({ prisma, cipher, catalog, logger }),
    triggerActivities: createTriggerActivities({
      prisma,
      catalog,
      logger,
      starter: new TriggerRunStarter(client, config.taskQueue),
      resolveConnection: (name) => resolveConnectionSecrets(prisma, cipher, name),
    }),
    connectionActivities: createConnectionActivities({ prisma, cipher, catalog, logger }),
    payloadCodec,
  });
  logger.info(
    { taskQueue: config.taskQueue, connectors: catalog.list().map((c) => `${c.name}@${c.version}`) },
    'worker polling',
  );
  try {
    await worker.run(); // resolves after SIGINT/SIGTERM, once in-flight tasks finish
  } finally {
    await clientConnection.close();
    await connection.close();
    await prisma.$disconnect();
    await closeMutualTlsDispatchers(); // client-certificate pools of the http connector and others
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
