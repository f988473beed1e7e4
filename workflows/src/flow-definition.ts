import { z } from 'zod';

/**
 * The flow format: what an analyst builds and what `runFlow` interprets.
 *
 * Values inside a step's `input` (and a map rule's `from`) are either literal
 * JSON or JSONata expressions. A string that starts with `=` is an expression
 * (`"=$trigger.body.jobNumber"`); write `==` to start a literal string with `=`.
 * Expressions see `$trigger`, `$steps.<id>.output` and `$run`.
 */

export const StepId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'step id must start with a letter and use letters, digits or _ (max 64)');

export const WebhookTrigger = z
  .object({
    kind: z.literal('webhook'),
    /** what follows /hooks/ in the inbound URL */
    path: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-_/]{0,127}$/, 'webhook path must be lower-case letters, digits, -, _ or /'),
  })
  .strict();

export const ManualTrigger = z.object({ kind: z.literal('manual') }).strict();

export const FlowTrigger = z.discriminatedUnion('kind', [WebhookTrigger, ManualTrigger]);
export type FlowTrigger = z.infer<typeof FlowTrigger>;

/** How an action's activity is retried; Temporal's retry policy under the hood. */
export const StepRetry = z
  .object({
    maxAttempts: z.number().int().min(1).max(100).default(5),
    initialIntervalMs: z.number().int().min(10).default(1_000),
    backoffCoefficient: z.number().min(1).max(10).default(2),
    maxIntervalMs: z.number().int().min(10).default(60_000),
  })
  .strict();
export type StepRetry = z.infer<typeof StepRetry>;

const StepBase = {
  id: StepId,
  name: z.string().max(200).optional(),
};

export const ActionStep = z
  .object({
    ...StepBase,
    kind: z.literal('action'),
    /** connector package name, e.g. "http" */
    connector: z.string().min(1),
    /** pinned connector version; the latest loaded version when omitted */
    connectorVersion: z.string().optional(),
    action: z.string().min(1),
    /** name of a stored connection whose secrets the action receives */
    connection: z.string().min(1).optional(),
    input: z.record(z.string(), z.unknown()).default({}),
    retry: StepRetry.optional(),
    /** limit for one attempt of the action */
    timeoutMs: z
      .number()
      .int()
      .min(100)
      .max(24 * 3_600_000)
      .optional(),
  })
  .strict();
export type ActionStep = z.infer<typeof ActionStep>;

export const MapRule = z
  .object({
    /** dotted path in the output object, e.g. "asset.tag" */
    target: z.string().regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/, 'target must be a dotted path like "a.b"'),
    /** expression (leading "=") or literal value */
    from: z.unknown(),
  })
  .strict();
export type MapRule = z.infer<typeof MapRule>;

export const MapStep = z
  .object({
    ...StepBase,
    kind: z.literal('map'),
    rules: z.array(MapRule).min(1),
  })
  .strict();
export type MapStep = z.infer<typeof MapStep>;

export const FlowStep = z.discriminatedUnion('kind', [ActionStep, MapStep]);
export type FlowStep = z.infer<typeof FlowStep>;
export type StepKind = FlowStep['kind'];

export const FlowDefinition = z
  .object({
    schemaVersion: z.literal(1),
    trigger: FlowTrigger,
    steps: z.array(FlowStep).min(1, 'a flow needs at least one step'),
  })
  .strict()
  .superRefine((flow, ctx) => {
    const seen = new Map<string, number>();
    flow.steps.forEach((step, index) => {
      const first = seen.get(step.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['steps', index, 'id'],
          message: `duplicate step id "${step.id}" (first used by steps[${first}])`,
        });
      } else {
        seen.set(step.id, index);
      }
    });
  });
export type FlowDefinition = z.infer<typeof FlowDefinition>;

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

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out === '' ? String(key) : `${out}.${String(key)}`;
  }, '');
}
