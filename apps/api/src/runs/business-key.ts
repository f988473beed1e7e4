import { compileExpression, ExpressionFailure } from '@tributary/workflows/expressions/bounded-expression';
import type { BusinessKey } from '@tributary/workflows/flow-definition';
import { derivedId } from '../ids/resource-id';
import { BusinessKeyInvalidError } from './runs.errors';

/**
 * A business key makes "the same business event" "the same run": the key is
 * part of the workflow id (Temporal refuses a second execution with it) and
 * the run id is derived from it (so every delivery upserts one `Run` row).
 */

const MAX_KEY_LENGTH = 200;

/** Like `workflowIdFor(slug, runId)`, for runs identified by a business key. */
export function businessKeyWorkflowId(slug: string, key: string): string {
  return `flow-${slug}-key-${key}`;
}

/** The same run id for every delivery of the same key to the same flow. */
export function businessKeyRunId(flowId: string, key: string): string {
  return derivedId('run', `${flowId}\u0000${key}`);
}

/**
 * Evaluates the trigger's key expression over the payload (`$trigger` and
 * the input are both the payload). The key must be a non-empty string or a
 * number, at most 200 characters.
 */
export async function evaluateBusinessKey(businessKey: BusinessKey, payload: unknown): Promise<string> {
  const source = businessKey.expression.startsWith('=') ? businessKey.expression.slice(1) : businessKey.expression;
  let value: unknown;
  try {
    value = await compileExpression(source).evaluate(payload, { trigger: payload });
  } catch (error) {
    const message = error instanceof ExpressionFailure || error instanceof Error ? error.message : String(error);
    throw new BusinessKeyInvalidError(`expression "${businessKey.expression}" failed: ${message}`);
  }
  const key = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof key !== 'string' || key.trim() === '') {
    throw new BusinessKeyInvalidError(
      `expression "${businessKey.expression}" gave ${value === undefined ? 'nothing' : JSON.stringify(value)}, not a non-empty string or number`,
    );
  }
  if (key.length > MAX_KEY_LENGTH) {
    throw new BusinessKeyInvalidError(`is ${key.length} characters long; at most ${MAX_KEY_LENGTH} are allowed`);
  }
  return key;
}
