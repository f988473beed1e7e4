import type { FlowActivities } from '@tributary/workflows/run-flow.contract';
import { createRunAction } from '../src/activities/run-action.activity';
import { ConnectorCatalog } from '../src/connectors/connector-catalog';
import { createLogger } from '../src/logger';
import { pagedSyncConnector } from './paged-sync.connector';

/**
 * The worker's real `runAction` serving only the test connector; the
 * bookkeeping activities are inert, since these tests are about the action.
 */
export function syncWorkerActivities(): FlowActivities {
  return {
    runAction: createRunAction({
      catalog: new ConnectorCatalog([pagedSyncConnector]),
      logger: createLogger('silent'),
      resolveConnection: (name) => Promise.reject(new Error(`the sync tests use no connections (asked for ${name})`)),
    }),
    async recordRunOutcome() {},
    async resolveFlowVersion({ slug }) {
      throw new Error(`the sync tests run no subflows (asked for ${slug})`);
    },
    async launchRun({ flowId }) {
      throw new Error(`the sync tests start their runs directly (asked to launch ${flowId})`);
    },
  };
}
