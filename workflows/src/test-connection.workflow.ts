import { proxyActivities } from '@temporalio/workflow';
import {
  CHECK_CONNECTION_TIMEOUT_SECONDS,
  type CheckConnectionInput,
  type ConnectionCheckActivities,
  type ConnectionCheckResult,
} from './test-connection.contract';

/**
 * "Test connection": one attempt of the worker's `checkConnection` activity.
 * Not retried: the user is waiting for a verdict, and a failure is the answer.
 * The activity reports a failed check as data (`ok: false`), so the workflow
 * fails only when no worker could run it at all.
 */
export async function testConnection(input: CheckConnectionInput): Promise<ConnectionCheckResult> {
  const { checkConnection } = proxyActivities<ConnectionCheckActivities>({
    startToCloseTimeout: `${CHECK_CONNECTION_TIMEOUT_SECONDS} seconds`,
    retry: { maximumAttempts: 1 },
  });
  return await checkConnection(input);
}
