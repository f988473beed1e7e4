import type { PrismaClient } from '@tributary/db';
import type { FlowActivities } from '@tributary/workflows/run-flow.contract';
import type { ConnectorCatalog } from '../connectors/connector-catalog';
import { resolveConnectionSecrets, type SecretCipher } from '../connections/connection-secrets';
import type { Logger } from '../logger';
import { createRecordRunOutcome } from './record-run-outcome.activity';
import { createResolveFlowVersion } from './resolve-flow-version.activity';
import { createRunAction } from './run-action.activity';

export interface ActivityDeps {
  prisma: PrismaClient;
  cipher: SecretCipher;
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
    }),
    recordRunOutcome: createRecordRunOutcome(deps.prisma),
    resolveFlowVersion: createResolveFlowVersion(deps.prisma),
  };
}
