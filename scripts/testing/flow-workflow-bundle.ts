import { createRequire } from 'node:module';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

const require = createRequire(import.meta.url);

/**
 * The flow workflows (@tributary/workflows) bundled once per test file, as the
 * worker would bundle them, without the bundler's progress chatter; errors
 * still reach the console. Tests hand the bundle to several workers (or write
 * it to a file for worker processes) instead of bundling for each.
 */
export function bundleFlowWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({ workflowsPath: require.resolve('@tributary/workflows'), logger: quietLogger });
}

const quietLogger = {
  log() {},
  trace() {},
  debug() {},
  info() {},
  warn() {},
  error(message: string) {
    console.error(message);
  },
};
