import { z } from 'zod';

/**
 * What every step may declare besides its kind: identity, retry, timeout and
 * what happens when it fails. Block-valued options (`onError.steps`) are
 * filled in by `flow-steps.ts`, which owns the recursive step union.
 */

export const StepId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'step id must start with a letter and use letters, digits or _ (max 64)');

/** A stable, machine-readable error code such as "work_order_rejected". */
export const ErrorCode = z
  .string()
  .regex(/^[a-z][a-z0-9_.-]{0,79}$/, 'error code must be lower-case letters, digits, _, . or - (max 80)');

/**
 * How a failing step is tried again. For `action` steps this becomes
 * Temporal's activity retry policy; for every other kind the interpreter
 * re-runs the step after a durable timer.
 */
export const StepRetry = z
  .object({
    maxAttempts: z.number().int().min(1).max(100).default(5),
    initialIntervalMs: z.number().int().min(10).default(1_000),
    backoffCoefficient: z.number().min(1).max(10).default(2),
    maxIntervalMs: z.number().int().min(10).default(60_000),
    /** error codes that are never retried, whatever the connector says */
    nonRetryableErrorCodes: z.array(ErrorCode).optional(),
  })
  .strict();
export type StepRetry = z.infer<typeof StepRetry>;

/** One attempt of an action, or the whole step for every other kind. */
export const StepTimeoutMs = z
  .number()
  .int()
  .min(100)
  .max(366 * 24 * 3_600_000);

/** A JSONata expression. A leading "=" is allowed and ignored, so it reads like a template field. */
export const Expression = z.string().min(1, 'expression must not be empty');

/** Literal JSON whose string leaves may be "="-expressions. */
export const Template = z.unknown();

export const StepCommon = {
  id: StepId,
  name: z.string().max(200).optional(),
  description: z.string().max(2_000).optional(),
  retry: StepRetry.optional(),
  timeoutMs: StepTimeoutMs.optional(),
};
