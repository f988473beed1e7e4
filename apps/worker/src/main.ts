import { NativeConnection } from '@temporalio/worker';
import {
  createClaimCheckCodec,
  createConnectionSecretCipher,
  createPrismaClient,
  PostgresPayloadStore,
} from '@tributary/db';
import { createActivities } from './activities/create-activities';
import { buildWorkerConfig } from './config/worker-config';
import { loadConnectorCatalog } from './connectors/connector-catalog';
import { registerConnectors } from './connectors/connector-registry';
import { createFlowWorker } from './flow-worker';
import { createLogger } from './logger';

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
  const worker = await createFlowWorker({
    connection,
    namespace: config.temporalNamespace,
    taskQueue: config.taskQueue,
    activities: createActivities({
      prisma,
      cipher: createConnectionSecretCipher(config.connectionSecretsKey),
      catalog,
      logger,
    }),
    payloadCodec: createClaimCheckCodec({
      store: new PostgresPayloadStore(prisma),
      thresholdBytes: config.payloadClaimCheckThresholdBytes,
    }),
  });
  logger.info(
    { taskQueue: config.taskQueue, connectors: catalog.list().map((c) => `${c.name}@${c.version}`) },
    'worker polling',
  );
  try {
    await worker.run(); // resolves after SIGINT/SIGTERM, once in-flight tasks finish
  } finally {
    await connection.close();
    await prisma.$disconnect();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
