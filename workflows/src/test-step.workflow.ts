import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { ActionStep, MapStep } from './definition/flow-steps';
import { toStepError } from './engine/step-failure';
import { ExpressionError, evaluateTemplate, type ExpressionScope } from './expressions/expression-value';
import type { FlowActivities, StepError } from './run-flow.contract';
import { evaluateMapStep } from './steps/map.step';
import type { StepTestOutcome, TestableStepKind, TestStepInput } from './test-step.contract';

/**
 * "Test this step": one action or map step of a draft, evaluated with the
 * scope the analyst gives, outside any run. An action calls the connector
 * exactly once through the same `runAction` activity a run uses (the worker
 * resolves the connection, so secrets stay out of history); a map step runs
 * the interpreter's own code. Whatever the step does, the workflow completes:
 * a failed action or a bad expression is the answer, reported as data.
 */
export async function testStep(request: TestStepInput): Promise<StepTestOutcome> {
  const scope: ExpressionScope = {
    ...request.scope,
    steps: request.scope.steps ?? {},
    run: {
      id: workflowInfo().workflowId,
      flow: request.flow.slug,
      version: null,
      startedAt: workflowInfo().startTime.toISOString(),
    },
  };
  const base = { stepId: request.step.id, kind: request.step.kind };
  if (request.varsTemplate) {
    try {
      scope.vars = (await evaluateTemplate(request.varsTemplate, scope, 'vars')) as Record<string, unknown>;
    } catch (error) {
      return { ...base, status: 'failed', error: testError(error), attempts: 0 };
    }
  }
  // The table is keyed by kind, so the tester found always matches the step.
  const tester = stepTesters[request.step.kind] as StepTester<typeof request.step>;
  return tester(request.step, scope, request);
}

type StepTester<S> = (step: S, scope: ExpressionScope, request: TestStepInput) => Promise<StepTestOutcome>;

const stepTesters: { [K in TestableStepKind]: StepTester<Extract<ActionStep | MapStep, { kind: K }>> } = {
  action: testActionStep,
  map: testMapStep,
};

async function testActionStep(
  step: ActionStep,
  scope: ExpressionScope,
  request: TestStepInput,
): Promise<StepTestOutcome> {
  const base = { stepId: step.id, kind: step.kind };
  let input: Record<string, unknown>;
  try {
    input = (await evaluateTemplate(step.input, scope, 'input')) as Record<string, unknown>;
  } catch (error) {
    return { ...base, status: 'failed', error: testError(error), attempts: 0 };
  }
  try {
    const result = await runActionOnce(step, request.timeoutMs).runAction({
      connector: step.connector,
      connectorVersion: step.connectorVersion,
      action: step.action,
      input,
      connection: step.connection,
      idempotencyKey: request.idempotencyKey,
      stepId: step.id,
    });
    return { ...base, status: 'succeeded', input, output: result.output, attempts: result.attempt };
  } catch (error) {
    const { error: stepError, attempts } = toStepError(error);
    return { ...base, status: 'failed', input, error: stepError, attempts: attempts ?? 1 };
  }
}

async function testMapStep(step: MapStep, scope: ExpressionScope, request: TestStepInput): Promise<StepTestOutcome> {
  const base = { stepId: step.id, kind: step.kind };
  let source: { value: unknown } | undefined;
  const read = (value: unknown) => {
    source = { value };
  };
  try {
    const output = await evaluateMapStep(step, scope, request.mappings, read);
    return { ...base, status: 'succeeded', ...inputOf(source), output, attempts: 1 };
  } catch (error) {
    return { ...base, status: 'failed', ...inputOf(source), error: testError(error), attempts: 1 };
  }
}

function inputOf(source: { value: unknown } | undefined): { input?: unknown } {
  return source === undefined ? {} : { input: source.value };
}

/**
 * One attempt, no retries: the analyst is waiting and a failure is the
 * answer. The step's own attempt timeout applies, capped by what the API waits.
 */
function runActionOnce(step: ActionStep, timeoutMs: number): Pick<FlowActivities, 'runAction'> {
  return proxyActivities<FlowActivities>({
    startToCloseTimeout: Math.min(step.timeoutMs ?? timeoutMs, timeoutMs),
    // the time a worker takes to pick the task up counts too: the API's wait covers both
    scheduleToCloseTimeout: timeoutMs,
    heartbeatTimeout: step.heartbeatTimeoutMs,
    retry: { maximumAttempts: 1 },
  });
}

/** A step error; an expression's names the field it sits in, so the editor can point at it. */
function testError(error: unknown): StepError {
  if (error instanceof ExpressionError) {
    return { code: error.code, message: error.message, details: { path: error.path, expression: error.expression } };
  }
  return toStepError(error).error;
}
