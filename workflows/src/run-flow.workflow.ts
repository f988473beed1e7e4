import {
  ActivityFailure,
  ApplicationFailure,
  defineQuery,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { FlowStep } from './flow-definition';
import type { ExpressionScope } from './expressions/expression-value';
import {
  PROGRESS_QUERY,
  type ActionFailureDetails,
  type FlowActivities,
  type RunFlowInput,
  type RunFlowResult,
  type RunProgress,
  type StepError,
  type StepProgress,
} from './run-flow.contract';
import { runStepHandler } from './steps/step-handlers';

export const progressQuery = defineQuery<RunProgress>(PROGRESS_QUERY);

const bookkeeping = proxyActivities<FlowActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumAttempts: 10, initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/**
 * Interprets one published flow version: each step in order, its output
 * available to later steps' expressions. A failing step fails the run with
 * that step's error; the steps after it are marked skipped.
 */
export async function runFlow(input: RunFlowInput): Promise<RunFlowResult> {
  const progress: RunProgress = {
    runId: input.runId,
    status: 'running',
    steps: input.definition.steps.map((step) => ({ id: step.id, kind: step.kind, status: 'pending', attempts: 0 })),
  };
  setHandler(progressQuery, () => progress);

  const scope: ExpressionScope = {
    trigger: input.trigger.payload,
    steps: {},
    run: {
      id: input.runId,
      flow: input.flow.slug,
      version: input.flow.version,
      startedAt: workflowInfo().startTime.toISOString(),
    },
  };

  for (const [index, step] of input.definition.steps.entries()) {
    const state = progress.steps[index] as StepProgress;
    const error = await runStep(step, state, input, scope);
    if (error) {
      for (const later of progress.steps.slice(index + 1)) later.status = 'skipped';
      progress.status = 'failed';
      progress.error = error;
      await recordOutcome(input.runId, 'failed');
      throw ApplicationFailure.create({
        type: error.code,
        message: `step "${step.id}" failed: ${error.message}`,
        nonRetryable: true,
        details: [{ stepId: step.id, ...error }],
      });
    }
  }

  progress.status = 'completed';
  await recordOutcome(input.runId, 'completed');
  return { runId: input.runId, steps: progress.steps };
}

async function runStep(
  step: FlowStep,
  state: StepProgress,
  run: RunFlowInput,
  scope: ExpressionScope,
): Promise<StepError | null> {
  state.status = 'running';
  state.startedAt = now();
  state.attempts = 1;
  try {
    const output = await runStepHandler(step, {
      run,
      scope,
      reportAttempts: (attempts) => (state.attempts = attempts),
    });
    state.status = 'succeeded';
    state.output = output;
    scope.steps[step.id] = { output };
    return null;
  } catch (error) {
    const stepError = toStepError(error, state);
    state.status = 'failed';
    state.error = stepError;
    return stepError;
  } finally {
    state.finishedAt = now();
  }
}

/**
 * The run index is a convenience copy of Temporal's truth (the API re-syncs it
 * on read), so a database outage must not fail an otherwise finished run.
 */
async function recordOutcome(runId: string, status: 'completed' | 'failed'): Promise<void> {
  try {
    await bookkeeping.recordRunOutcome({ runId, status, closedAt: now() });
  } catch {
    // already retried by the activity's policy; nothing more to do here
  }
}

function toStepError(error: unknown, state: StepProgress): StepError {
  const cause = error instanceof ActivityFailure ? error.cause : error;
  if (cause instanceof ApplicationFailure) {
    const details = cause.details?.[0] as Partial<ActionFailureDetails> | undefined;
    if (details?.attempt) state.attempts = details.attempt;
    return { code: details?.code ?? cause.type ?? 'action_failed', message: cause.message, details: details?.details };
  }
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : 'step_failed';
    return { code, message: error.message };
  }
  return { code: 'step_failed', message: String(error) };
}

/** Workflow time is deterministic: Date is replaced inside the sandbox. */
function now(): string {
  return new Date().toISOString();
}
