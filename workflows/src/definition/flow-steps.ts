import { z } from 'zod';
import { FieldMappingDefinition } from '../mappings/field-mapping';
import { ErrorCode, Expression, StepCommon, StepId, Template } from './step-options';

/**
 * Every step kind of the flow language. Blocks nest (`if`, `switch`,
 * `forEach`, `parallel`, error handlers); there is no goto. Recursive fields
 * are getters, which is how zod 4 expresses a recursive schema.
 */

/** What happens when a step fails after its retries. */
export const OnError = z.union([
  z.literal('fail'),
  z.literal('continue'),
  z.object({ mode: z.literal('fail') }).strict(),
  z
    .object({
      mode: z.literal('continue'),
      /** the step's output when it failed; may use `$steps.<id>.error` */
      output: Template.optional(),
    })
    .strict(),
  z
    .object({
      mode: z.literal('handler'),
      /** runs with `$steps.<id>.error` set; the flow continues after it */
      get steps(): StepListSchema {
        return StepList;
      },
    })
    .strict(),
]);
export type OnError = z.infer<typeof OnError>;

const Common = {
  ...StepCommon,
  get onError() {
    return OnError.optional();
  },
};

/** Undoes an action when a later step fails (saga); `$steps.<id>.output` is the action's result. */
export const Compensation = z
  .object({
    /** defaults to the step's connector */
    connector: z.string().min(1).optional(),
    action: z.string().min(1),
    /** defaults to the step's connection */
    connection: z.string().min(1).optional(),
    input: z.record(z.string(), Template).default({}),
  })
  .strict();
export type Compensation = z.infer<typeof Compensation>;

export const ActionStep = z
  .object({
    ...Common,
    kind: z.literal('action'),
    /** connector package name, e.g. "http" */
    connector: z.string().min(1),
    /** pinned connector version; the latest loaded version when omitted */
    connectorVersion: z.string().optional(),
    action: z.string().min(1),
    /** name of a stored connection whose secrets the action receives */
    connection: z.string().min(1).optional(),
    input: z.record(z.string(), Template).default({}),
    /** long actions (paginated syncs) must heartbeat at least this often, or the attempt is retried elsewhere */
    heartbeatTimeoutMs: z.number().int().min(1_000).max(3_600_000).optional(),
    compensation: Compensation.optional(),
  })
  .strict();
export type ActionStep = z.infer<typeof ActionStep>;

export const MapRule = z
  .object({
    /** dotted path in the output object, e.g. "asset.tag" */
    target: z.string().regex(/^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/, 'target must be a dotted path like "a.b"'),
    /** expression (leading "=") or literal value */
    from: Template,
  })
  .strict();
export type MapRule = z.infer<typeof MapRule>;

/** A stored field mapping, pinned to one of its immutable versions. */
export const MappingRef = z
  .object({
    id: z.string().regex(/^map_[A-Za-z0-9]+$/, 'mapping id looks like "map_…"'),
    version: z.number().int().min(1),
  })
  .strict();
export type MappingRef = z.infer<typeof MappingRef>;

export const MapStep = z
  .object({
    ...Common,
    kind: z.literal('map'),
    /** inline rules: target ← template */
    rules: z.array(MapRule).min(1).optional(),
    /** a stored mapping by id and version */
    mappingRef: MappingRef.optional(),
    /** an inline field mapping (rules with transforms, target schema) */
    mapping: FieldMappingDefinition.optional(),
    /** the record a mapping reads (not used by inline `rules`); default "=$trigger.body" */
    source: Template.optional(),
    /** when the source is a list, map each element and output a list */
    each: z.boolean().default(false),
  })
  .strict();
export type MapStep = z.infer<typeof MapStep>;

export const IfStep = z
  .object({
    ...Common,
    kind: z.literal('if'),
    condition: Expression,
    get then(): StepListSchema {
      return StepList;
    },
    get else(): z.ZodOptional<StepListSchema> {
      return StepList.optional();
    },
  })
  .strict();
export type IfStep = z.infer<typeof IfStep>;

export const SwitchCase = z
  .object({
    /** the case matches when the switch value equals this, or one of these */
    when: z.union([z.array(z.unknown()).min(1), z.unknown()]),
    get steps(): StepListSchema {
      return StepList;
    },
  })
  .strict();

export const SwitchStep = z
  .object({
    ...Common,
    kind: z.literal('switch'),
    value: Expression,
    cases: z.array(SwitchCase).min(1),
    get default(): z.ZodOptional<StepListSchema> {
      return StepList.optional();
    },
  })
  .strict();
export type SwitchStep = z.infer<typeof SwitchStep>;

export const ForEachStep = z
  .object({
    ...Common,
    kind: z.literal('forEach'),
    /** evaluates to the list to iterate; `$item` and `$index` inside the body */
    items: Expression,
    /** iterations in flight at once; 1 = in order */
    concurrency: z.number().int().min(1).max(200).default(1),
    /** what each iteration contributes to the output list; default: the body's last output */
    collect: Template.optional(),
    /** lists longer than this run in child workflows of this many items, keeping history small */
    batchSize: z.number().int().min(10).max(2_000).default(250),
    get steps(): StepListSchema {
      return StepList;
    },
  })
  .strict();
export type ForEachStep = z.infer<typeof ForEachStep>;

export const ParallelBranch = z
  .object({
    name: StepId,
    get steps(): StepListSchema {
      return StepList;
    },
  })
  .strict();

export const ParallelStep = z
  .object({
    ...Common,
    kind: z.literal('parallel'),
    branches: z.array(ParallelBranch).min(2, 'a parallel step needs at least two branches'),
    /** `all` branches, the `first` to finish, or at least `n` of them; the rest are cancelled */
    wait: z
      .union([z.literal('all'), z.literal('first'), z.object({ atLeast: z.number().int().min(1) }).strict()])
      .default('all'),
  })
  .strict();
export type ParallelStep = z.infer<typeof ParallelStep>;

/** ISO 8601 durations ("P30D", "PT2H30M") or Temporal-style ("30 days", "90s"). */
export const Duration = z.string().min(2);

export const WaitStep = z
  .object({
    ...Common,
    kind: z.literal('wait'),
    duration: Duration.optional(),
    /** an ISO timestamp, or a "="-expression giving one */
    until: Template.optional(),
  })
  .strict();
export type WaitStep = z.infer<typeof WaitStep>;

export const ApprovalRequest = z
  .object({
    /** what the approver is asked; a template */
    prompt: Template.optional(),
    /** user names or e-mails allowed to decide; anyone with runs:write when empty */
    approvers: z.array(z.string().min(1)).optional(),
  })
  .strict();

export const WaitForEventStep = z
  .object({
    ...Common,
    kind: z.literal('waitForEvent'),
    /** event name the sender uses, e.g. "quality.inspection.passed" */
    event: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'event name: letters, digits, _ . : -'),
    /** a template; only an event carrying the same key resumes the step */
    correlationKey: Template.optional(),
    /** how long to wait; forever when omitted */
    timeout: Duration.optional(),
    /** runs when the timeout passes; without it a timeout fails the step with "event_timeout" */
    get onTimeout(): z.ZodOptional<StepListSchema> {
      return StepList.optional();
    },
    /** makes this a human approval: decided by approve/reject with a comment */
    approval: ApprovalRequest.optional(),
  })
  .strict();
export type WaitForEventStep = z.infer<typeof WaitForEventStep>;

export const SubflowStep = z
  .object({
    ...Common,
    kind: z.literal('subflow'),
    /** slug of another flow */
    flow: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'flow slug: lower-case letters, digits and -'),
    /** a published version; the latest published one when the step starts if omitted */
    version: z.number().int().min(1).optional(),
    /** becomes the child run's `$trigger.body` */
    input: Template.optional(),
  })
  .strict();
export type SubflowStep = z.infer<typeof SubflowStep>;

export const RespondStep = z
  .object({
    ...Common,
    kind: z.literal('respond'),
    status: z.number().int().min(200).max(599).default(200),
    headers: z.record(z.string(), Template).optional(),
    body: Template.optional(),
  })
  .strict();
export type RespondStep = z.infer<typeof RespondStep>;

export const FailStep = z
  .object({
    ...Common,
    kind: z.literal('fail'),
    error: ErrorCode,
    /** a template */
    message: Template.optional(),
  })
  .strict();
export type FailStep = z.infer<typeof FailStep>;

export const FlowStep = z.discriminatedUnion('kind', [
  ActionStep,
  MapStep,
  IfStep,
  SwitchStep,
  ForEachStep,
  ParallelStep,
  WaitStep,
  WaitForEventStep,
  SubflowStep,
  RespondStep,
  FailStep,
]);
export type FlowStep = z.infer<typeof FlowStep>;
export type StepKind = FlowStep['kind'];

/**
 * A block of steps. Annotated by hand because TypeScript cannot infer a type
 * that contains itself; the runtime schema is the full recursive one.
 *
 * A block may be empty: an analyst saves a new flow (or a new branch) before
 * its first step exists, and an empty `else` is a deliberate "do nothing".
 */
type StepListSchema = z.ZodArray<z.ZodType<FlowStep>>;
export const StepList: StepListSchema = z.array(z.lazy(() => FlowStep));

export { StepId };
