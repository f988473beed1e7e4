import type { FlowDefinition } from './flow-definition';
import type { FieldMappingDefinition } from './mappings/field-mapping';

/**
 * The contract between whoever starts a run (the API) and `runFlow`. Pure
 * types and constants only: both the workflow sandbox and Node code import it.
 */

export const RUN_FLOW_WORKFLOW = 'runFlow';
export const DEFAULT_TASK_QUEUE = 'tributary-flows';

/** Custom search attributes the dev server and production namespace must declare. */
export const SEARCH_ATTRIBUTES = {
  flow: 'TributaryFlow', // Keyword: the flow slug
  flowVersion: 'TributaryFlowVersion', // Int
  trigger: 'TributaryTrigger', // Keyword: webhook | manual | …
} as const;

export const RUN_FLOW_BATCH_WORKFLOW = 'runFlowBatch';

export const PROGRESS_QUERY = 'progress';
/** Update: deliver an event to a `waitForEvent` step (buffered when none waits yet). */
export const SUBMIT_EVENT_UPDATE = 'submitEvent';
/** Signal twin of SUBMIT_EVENT_UPDATE for senders that cannot wait for an answer. */
export const EVENT_SIGNAL = 'event';
/** Update: approve or reject a waiting approval step; rejected at once when none waits. */
export const DECIDE_APPROVAL_UPDATE = 'decideApproval';
/** Update: resolves with the HTTP response a `respond` step sets, or when the run ends without one. */
export const AWAIT_RESPONSE_UPDATE = 'awaitResponse';

/** The flow a run executes: a published version, or the draft (a draft test run, trigger kind `test`). */
export interface FlowRef {
  id: string;
  slug: string;
  /** null for a draft test run */
  version: number | null;
  /** null for a draft test run */
  versionId: string | null;
}

/** Subflows and platform-started runs always execute a published version. */
export interface PublishedFlowRef extends FlowRef {
  version: number;
  versionId: string;
}

export interface RunFlowInput {
  runId: string;
  flow: FlowRef;
  definition: FlowDefinition;
  trigger: { kind: string; payload: unknown; receivedAt: string };
  /** stored mappings the flow references, keyed by mappingKey(id, version); resolved when the run starts */
  mappings?: Record<string, FieldMappingDefinition>;
  /** restart: reuse these outputs and start executing at `fromStepId` (a top-level step) */
  resume?: RunResume;
  /** set when the run is a subflow of another run */
  parent?: { runId: string; workflowId: string; stepId: string };
}

export interface RunResume {
  sourceRunId: string;
  fromStepId: string;
  /** recorded outputs of the steps before `fromStepId`, by step id */
  outputs: Record<string, unknown>;
}

export function mappingKey(id: string, version: number): string {
  return `${id}@${version}`;
}

export type StepStatus = 'pending' | 'running' | 'waiting' | 'succeeded' | 'failed' | 'skipped' | 'cancelled';

export interface StepError {
  code: string;
  message: string;
  details?: unknown;
}

export interface StepProgress {
  id: string;
  kind: string;
  status: StepStatus;
  attempts: number;
  /** the enclosing block step, for nested steps */
  parentId?: string;
  startedAt?: string;
  finishedAt?: string;
  output?: unknown;
  error?: StepError;
  /** the step failed and its onError (continue/handler) let the run go on */
  handled?: boolean;
  /** taken from the run this one restarts, not executed again */
  reused?: boolean;
  /** branch taken by if/switch/parallel, e.g. "then", "case 1" */
  branch?: string;
  /** forEach: items and how far they got; for steps in a loop body, how often they ran */
  iterations?: { total: number; succeeded: number; failed: number };
  /** what a waiting step waits for */
  waitingFor?: WaitingFor;
}

export interface WaitingFor {
  event?: string;
  correlationKey?: unknown;
  /** a timer's or an event timeout's deadline */
  until?: string;
  approval?: { prompt?: unknown; approvers?: string[] };
}

export type RunStatus = 'running' | 'completed' | 'failed' | 'cancelled';

export interface CompensationProgress {
  stepId: string;
  status: 'running' | 'succeeded' | 'failed';
  error?: StepError;
}

export interface RunProgress {
  runId: string;
  status: RunStatus;
  steps: StepProgress[];
  error?: StepError & { stepId?: string };
  compensations?: CompensationProgress[];
  response?: FlowResponse;
}

export interface RunFlowResult {
  runId: string;
  /** the flow's `output` template, or the last top-level step's output */
  output?: unknown;
  steps: StepProgress[];
}

/** What a `respond` step sets for a synchronous webhook caller. */
export interface FlowResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export type AwaitResponseResult =
  | { kind: 'response'; response: FlowResponse }
  | { kind: 'finished'; status: RunStatus; output?: unknown; error?: StepError };

export interface SubmitEventInput {
  event: string;
  correlationKey?: unknown;
  payload?: unknown;
  /** who sent it (API key name, user) for the run's record */
  sender?: string;
}

export interface SubmitEventResult {
  /** the step the event resumed, or null when it was buffered for a later step */
  stepId: string | null;
}

export interface DecideApprovalInput {
  /** the waiting approval step; optional when exactly one approval waits */
  stepId?: string;
  decision: 'approve' | 'reject';
  comment?: string;
  actor: string;
}

export interface ApprovalDecision {
  stepId: string;
  decision: 'approved' | 'rejected';
  comment?: string;
  actor: string;
  decidedAt: string;
}

/** Input of one batch of a large forEach, run as a child workflow. */
export interface RunFlowBatchInput {
  run: Pick<RunFlowInput, 'runId' | 'flow' | 'trigger' | 'mappings'> & { definition: FlowDefinition };
  /** the forEach step (by id) whose body the batch runs */
  forEachStepId: string;
  items: unknown[];
  /** index of items[0] in the whole list */
  offset: number;
  concurrency: number;
  /** outputs visible to the body: $steps, $vars, the run's start time */
  steps: Record<string, { output?: unknown; error?: unknown }>;
  vars: Record<string, unknown>;
  startedAt: string;
}

export interface RunFlowBatchResult {
  outputs: unknown[];
  succeeded: number;
  failed: number;
}

/** A published flow version to run as a subflow. */
export interface ResolvedFlowVersion {
  flow: PublishedFlowRef;
  definition: FlowDefinition;
  mappings: Record<string, FieldMappingDefinition>;
}

/** The one activity every connector action goes through. */
export interface RunActionInput {
  connector: string;
  connectorVersion?: string;
  action: string;
  input: Record<string, unknown>;
  /** connection name; secrets are resolved inside the activity, never in history */
  connection?: string;
  /** stable per run + step, for connectors that support idempotent writes */
  idempotencyKey: string;
  /** for messages: which run and step asked */
  runId?: string;
  stepId?: string;
}

export interface RunActionResult {
  output: unknown;
  /** which attempt succeeded (1-based) */
  attempt: number;
}

export interface RunOutcome {
  runId: string;
  status: 'completed' | 'failed' | 'cancelled';
  closedAt: string;
}

/** Details an activity attaches to a failure so the step can show them. */
export interface ActionFailureDetails {
  code: string;
  attempt: number;
  details?: unknown;
}

/**
 * A run the platform starts by itself (a schedule fire, a polled row, a
 * subscribed message). The starter knows only the flow and the event; the
 * workflow's first activity resolves the latest published version, records
 * the run and returns the full {@link RunFlowInput}, so a schedule created
 * months ago always runs what is published now.
 */
export interface LaunchRunInput {
  launch: LaunchRequest;
}

export interface LaunchRequest {
  flowId: string;
  /** the Trigger row that fired */
  triggerId: string;
  triggerKind: 'schedule' | 'poll' | 'subscription';
  /** becomes `$trigger`; schedules fill in `scheduledAt` when the run starts */
  payload: unknown;
  /** what identifies the event (its id, or the flow's business key): the run's workflow id is derived from it */
  eventKey?: string;
}

/** What `launchRun` needs besides the request: facts only the workflow knows. */
export interface LaunchRunRequest extends LaunchRequest {
  workflowId: string;
  temporalRunId: string;
  startedAt: string;
}

export type RunFlowStart = RunFlowInput | LaunchRunInput;

export function isLaunchRunInput(input: RunFlowStart): input is LaunchRunInput {
  return 'launch' in input && typeof input.launch === 'object' && input.launch !== null;
}

export interface FlowActivities {
  runAction(input: RunActionInput): Promise<RunActionResult>;
  /** resolves and records a platform-started run; see {@link LaunchRunInput} */
  launchRun(request: LaunchRunRequest): Promise<RunFlowInput>;
  /** keeps the control plane's run index in step with Temporal */
  recordRunOutcome(outcome: RunOutcome): Promise<void>;
  /** a subflow's published version (the latest when `version` is omitted), with the mappings it uses */
  resolveFlowVersion(request: { slug: string; version?: number }): Promise<ResolvedFlowVersion>;
}

export function workflowIdFor(slug: string, runId: string): string {
  return `flow-${slug}-${runId}`;
}

/** Workflows that keep a connector trigger alive, one execution per Trigger row. */
export const POLL_TRIGGER_WORKFLOW = 'pollTrigger';
export const SUBSCRIPTION_TRIGGER_WORKFLOW = 'subscriptionTrigger';

export function triggerWorkflowId(triggerId: string): string {
  return `trigger-${triggerId}`;
}

/** Runs fired by a schedule: Temporal appends the fire time to this id. */
export function scheduleIdFor(triggerId: string): string {
  return `schedule-${triggerId}`;
}

export interface PollTriggerInput {
  triggerId: string;
  intervalSeconds: number;
  /** how soon a poll on a dead worker is retried elsewhere; default 30 */
  heartbeatTimeoutSeconds?: number;
}

export interface SubscriptionTriggerInput {
  triggerId: string;
  /** how soon a dead worker's consumer is restarted elsewhere; default 30 */
  heartbeatTimeoutSeconds?: number;
}

export interface PollOnceResult {
  /** events seen in this poll (including ones already started before a crash) */
  events: number;
  /** runs this poll started; the rest were duplicates */
  started: number;
  /** the connector has more events ready */
  hasMore: boolean;
}

export interface TriggerActivities {
  /** one poll: read the stored cursor, start a run per new event, store the new cursor */
  pollOnce(request: { triggerId: string }): Promise<PollOnceResult>;
  /** holds the subscription until cancelled; heartbeats while it runs */
  consumeSubscription(request: { triggerId: string }): Promise<void>;
}
