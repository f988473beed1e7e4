import { derivedId } from '@tributary/db';
import { BusinessKeyError, evaluateBusinessKey as evaluateKey } from '@tributary/workflows/definition/business-key';
import type { BusinessKey } from '@tributary/workflows/flow-definition';
import { BusinessKeyInvalidError } from './runs.errors';

/**
 * A business key makes "the same business event" "the same run": the key is
 * part of the workflow id (Temporal refuses a second execution with it) and
 * the run id is derived from it (so every delivery upserts one `Run` row).
 */

/** Like `workflowIdFor(slug, runId)`, for runs identified by a business key. */
export function businessKeyWorkflowId(slug: string, key: string): string {
  return `flow-${slug}-key-${key}`;
}

/** The same run id for every delivery of the same key to the same flow. */
export function businessKeyRunId(flowId: string, key: string): string {
  return derivedId('run', `${flowId}\u0000${key}`);
}

/** The trigger's key for this payload; an expression that gives no usable key is the caller's 422. */
export async function evaluateBusinessKey(businessKey: BusinessKey, payload: unknown): Promise<string> {
  try {
    return await evaluateKey(businessKey, payload);
  } catch (error) {
    if (error instanceof BusinessKeyError) throw new BusinessKeyInvalidError(error.message);
    throw error;
  }
}
