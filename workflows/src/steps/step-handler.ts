import type { FlowStep, StepKind } from '../flow-definition';
import type { ExpressionScope } from '../expressions/expression-value';
import type { RunFlowInput } from '../run-flow.contract';

/** What a step handler may use: the run's input and the expression scope. */
export interface StepContext {
  run: RunFlowInput;
  scope: ExpressionScope;
  /** called when an attempt count is known */
  reportAttempts(attempts: number): void;
}

export type StepHandler<K extends StepKind> = (
  step: Extract<FlowStep, { kind: K }>,
  ctx: StepContext,
) => Promise<unknown>;

/** Exhaustive: adding a step kind to the schema does not compile until it has a handler. */
export type StepHandlers = { [K in StepKind]: StepHandler<K> };
