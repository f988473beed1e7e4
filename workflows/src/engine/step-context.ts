import type { FlowDefinition } from '../flow-definition';
import type { FlowStep } from '../definition/flow-steps';
import type { ExpressionScope } from '../expressions/expression-value';
import type { FieldMappingDefinition } from '../mappings/field-mapping';
import type { FlowRef, StepProgress } from '../run-flow.contract';
import type { RunState } from './run-state';

/** The run as step handlers see it. */
export interface RunContext {
  runId: string;
  workflowId: string;
  flow: FlowRef;
  definition: FlowDefinition;
  trigger: { kind: string; payload: unknown; receivedAt: string };
  mappings: Record<string, FieldMappingDefinition>;
  /** saga stack: compensations of completed actions, oldest first */
  compensations: PendingCompensation[];
  /** counter for deterministic child workflow ids */
  nextChildSeq(): number;
}

export interface PendingCompensation {
  stepId: string;
  connector: string;
  connectorVersion?: string;
  action: string;
  connection?: string;
  input: Record<string, unknown>;
  /** scope at the time the action finished, so the input can refer to its output */
  scope: ExpressionScope;
}

export interface StepContext {
  run: RunContext;
  state: RunState;
  scope: ExpressionScope;
  progress: StepProgress;
  /** runs a nested block in the given scope; resolves with its last step's output */
  runBlock(steps: FlowStep[], scope: ExpressionScope): Promise<unknown>;
}

export type StepHandler<S extends FlowStep> = (step: S, ctx: StepContext) => Promise<unknown>;
