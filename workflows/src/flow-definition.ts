import { z } from 'zod';
import { FlowTrigger } from './definition/flow-trigger';
import { StepList } from './definition/flow-steps';
import { Template } from './definition/step-options';
import { findFlowProblems } from './definition/flow-problems';

/**
 * The flow format: what an analyst builds and what `runFlow` interprets.
 * Documented in docs/flow-format.md; JSON Schema in docs/flow-definition.schema.json.
 *
 * Values inside a step's templates (`input`, `body`, a map rule's `from` …)
 * are literal JSON or JSONata expressions: a string starting with `=` is an
 * expression (`"=$trigger.body.jobNumber"`); `==` starts a literal "=".
 * Expressions see `$trigger`, `$steps.<id>.output`, `$vars`, `$run`, and
 * `$item`/`$index` inside a forEach body.
 */

export * from './definition/flow-steps';
export * from './definition/flow-trigger';
export { ErrorCode, StepRetry, type StepRetry as StepRetryOptions } from './definition/step-options';

export const FlowDefinition = z
  .object({
    schemaVersion: z.literal(1),
    trigger: FlowTrigger,
    /** named values computed once when the run starts, available as `$vars.<name>` */
    vars: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/), Template).optional(),
    steps: StepList,
    /** the run's result (and a subflow's output); default: the last top-level step's output */
    output: Template.optional(),
    /** saga: when the run fails or is cancelled, undo completed actions that declare a compensation, newest first */
    compensateOnFailure: z.boolean().default(false),
  })
  .strict()
  .superRefine((flow, ctx) => {
    for (const problem of findFlowProblems(flow)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });
export type FlowDefinition = z.infer<typeof FlowDefinition>;
export type FlowDefinitionInput = z.input<typeof FlowDefinition>;

export interface FlowDefinitionIssue {
  /** JSON path of the offending field, e.g. "steps[1].connector" */
  path: string;
  message: string;
}

/** Validates an untrusted flow definition and lists every problem with its path. */
export function validateFlowDefinition(
  value: unknown,
): { ok: true; flow: FlowDefinition } | { ok: false; issues: FlowDefinitionIssue[] } {
  const result = FlowDefinition.safeParse(value);
  if (result.success) return { ok: true, flow: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}
