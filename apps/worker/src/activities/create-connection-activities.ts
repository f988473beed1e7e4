import type { ConnectionSecretCipher, PrismaClient } from '@tributary/db';
import type { ConnectionCheckActivities } from '@tributary/workflows/test-connection.contract';
import { resolveConnectionSecrets } from '../connections/connection-secrets';
import type { ConnectorCatalog } from '../connectors/connector-catalog';
import type { Logger } from '../logger';
import { createCheckConnection } from './check-connection.activity';

export interface ConnectionActivityDeps {
  prisma: PrismaClient;
  cipher: ConnectionSecretCipher;
  catalog: ConnectorCatalog;
  logger: Logger;
}

/** The activities behind the API's connection operations ("Test connection"), wired to their dependencies. */
export function createConnectionActivities(deps: ConnectionActivityDeps): ConnectionCheckActivities {
  return {
    checkConnection: createCheckConnection({
      catalog: deps.catalog,
      logger: deps.logger,
      resolveConnection: (name) => resolveConnectionSecrets(deps.prisma, deps.cipher, name),
    }),
  };
}
