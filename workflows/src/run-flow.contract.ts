import type { FlowDefinition } from './flow-definition';

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

export const PROGRESS_QUERY = 'progress';

export interface RunFlowInput {
  runId: string;
  flow: { id: string; slug: string; version: number; versionId: string };
  definition: FlowDefinition;
  trigger: { kind: string; payload: unknown; receivedAt: string };
}

export type StepStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'skipped';

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
  startedAt?: string;
  finishedAt?: string;
  output?: unknown;
  error?: StepError;
}

export interface RunProgress {
  runId: string;
  status: 'running' | 'completed' | 'failed';
  steps: StepProgress[];
  error?: StepError;
}

export interface RunFlowResult {
  runId: string;
  steps: StepProgress[];
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
}

export interface RunActionResult {
  output: unknown;
  /** which attempt succeeded (1-based) */
  attempt: number;
}

export interface RunOutcome {
  runId: string;
  status: 'completed' | 'failed';
  closedAt: string;
}

/** Details an activity attaches to a failure so the step can show them. */
export interface ActionFailureDetails {
  code: string;
  attempt: number;
  details?: unknown;
}

export interface FlowActivities {
  runAction(input: RunActionInput): Promise<RunActionResult>;
  /** keeps the control plane's run index in step with Temporal */
  recordRunOutcome(outcome: RunOutcome): Promise<void>;
}

export function workflowIdFor(slug: string, runId: string): string {
  return `flow-${slug}-${runId}`;
}
