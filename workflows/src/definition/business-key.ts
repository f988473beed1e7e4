import { compileExpression, ExpressionFailure } from '../expressions/bounded-expression';
import type { BusinessKey } from './flow-trigger';

/**
 * A business key makes "the same business event" "the same run": whoever
 * starts a run (the API for webhooks, the worker for polls and messages)
 * evaluates the trigger's key expression and derives the workflow id from
 * it, so Temporal refuses a second execution for the same key.
 */

export const MAX_BUSINESS_KEY_LENGTH = 200;

export class BusinessKeyError extends Error {
  readonly code = 'business_key_invalid';
}

/**
 * Evaluates the key expression over the payload (`$trigger` and the input
 * are both the payload). The key must be a non-empty string or a number, at
 * most 200 characters.
 */
export async function evaluateBusinessKey(businessKey: BusinessKey, payload: unknown): Promise<string> {
  const source = businessKey.expression.startsWith('=') ? businessKey.expression.slice(1) : businessKey.expression;
  let value: unknown;
  try {
    value = await compileExpression(source).evaluate(payload, { trigger: payload });
  } catch (error) {
    const message = error instanceof ExpressionFailure || error instanceof Error ? error.message : String(error);
    throw new BusinessKeyError(`expression "${businessKey.expression}" failed: ${message}`);
  }
  const key = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof key !== 'string' || key.trim() === '') {
    throw new BusinessKeyError(
      `expression "${businessKey.expression}" gave ${value === undefined ? 'nothing' : JSON.stringify(value)}, not a non-empty string or number`,
    );
  }
  if (key.length > MAX_BUSINESS_KEY_LENGTH) {
    throw new BusinessKeyError(`is ${key.length} characters long; at most ${MAX_BUSINESS_KEY_LENGTH} are allowed`);
  }
  return key;
}
