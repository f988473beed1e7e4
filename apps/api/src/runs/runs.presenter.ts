import type { Run } from '@tributary/db';
import type { CompensationProgress, StepProgress } from '@tributary/workflows/run-flow.contract';
import { asRunStatus } from './run-status';
import type { RunResource, RunSummary } from './runs.schemas';
import { redactStepData } from './step-data-redaction';

export type RunWithFlow = Run & { flow: { slug: string } };

export function presentRunSummary(run: RunWithFlow): RunSummary {
  return {
    id: run.id,
    object: 'run',
    flow: { id: run.flowId, slug: run.flow.slug, version: run.flowVersionNumber },
    status: asRunStatus(run.status),
    trigger: run.triggerKind,
    workflowId: run.workflowId,
    temporalRunId: run.temporalRunId,
    startedAt: run.startedAt.toISOString(),
    closedAt: run.closedAt?.toISOString() ?? null,
    businessKey: run.businessKey,
    restartedFrom:
      run.sourceRunId && run.restartFromStepId ? { runId: run.sourceRunId, stepId: run.restartFromStepId } : null,
    rerunOf: run.sourceRunId && !run.restartFromStepId ? run.sourceRunId : null,
  };
}

/**
 * Field by field rather than passed through: what the workflow reports is
 * its own business, what the API promises is `StepProgress` in runs.schemas.
 * Outputs and error details are shown with secret-looking members redacted.
 */
export function presentStep(step: StepProgress): RunResource['steps'][number] {
  return {
    id: step.id,
    kind: step.kind,
    status: step.status,
    attempts: step.attempts,
    ...defined({
      parentId: step.parentId,
      startedAt: step.startedAt,
      finishedAt: step.finishedAt,
      durationMs: durationMs(step.startedAt, step.finishedAt),
      output: step.output === undefined ? undefined : redactStepData(step.output),
      error: step.error && presentStepError(step.error),
      handled: step.handled,
      reused: step.reused,
      branch: step.branch,
      iterations: step.iterations,
      waitingFor: step.waitingFor,
    }),
  };
}

export function presentCompensation(compensation: CompensationProgress): CompensationProgress {
  return {
    stepId: compensation.stepId,
    status: compensation.status,
    ...(compensation.error ? { error: presentStepError(compensation.error) } : {}),
  };
}

function presentStepError<E extends { details?: unknown }>(error: E): E {
  return error.details === undefined ? error : { ...error, details: redactStepData(error.details) };
}

function durationMs(startedAt: string | undefined, finishedAt: string | undefined): number | undefined {
  if (!startedAt || !finishedAt) return undefined;
  const duration = Date.parse(finishedAt) - Date.parse(startedAt);
  return Number.isFinite(duration) && duration >= 0 ? duration : undefined;
}

function defined<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
