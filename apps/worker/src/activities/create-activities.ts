import { PostgresTokenBucket, type ConnectionSecretCipher, type PrismaClient } from '@tributary/db';
import type { FlowActivities } from '@tributary/workflows/run-flow.contract';
import type { ConnectorCatalog } from '../connectors/connector-catalog';
import { createConnectionSecretStore } from '../connections/connection-secret-store';
import { resolveConnectionSecrets } from '../connections/connection-secrets';
import type { Logger } from '../logger';
import { createLaunchRun } from './launch-run.activity';
import { createRecordRunOutcome } from './record-run-outcome.activity';
import { createResolveFlowVersion } from './resolve-flow-version.activity';
import { createRunAction } from './run-action.activity';

export interface ActivityDeps {
  prisma: PrismaClient;
  /** decrypts connections, and re-encrypts the secrets actions store back (refreshed tokens) */
  cipher: ConnectionSecretCipher;
  catalog: ConnectorCatalog;
  logger: Logger;
}

/** Every activity the flow workflows call, wired to their dependencies. */
export function createActivities(deps: ActivityDeps): FlowActivities {
  return {
    runAction: createRunAction({
      catalog: deps.catalog,
      logger: deps.logger,
      resolveConnection: (name) => resolveConnectionSecrets(deps.prisma, deps.cipher, name),
      rateLimitBuckets: new PostgresTokenBucket(deps.prisma),
      connectionSecrets: createConnectionSecretStore(deps.prisma, deps.cipher),
    }),
    recordRunOutcome: createRecordRunOutcome(deps.prisma),
    resolveFlowVersion: createResolveFlowVersion(deps.prisma),
    launchRun: createLaunchRun(deps.prisma),
  };
}
