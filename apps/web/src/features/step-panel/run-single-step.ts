import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { apiGet } from '../../api/api-client';
import { startDraftTestRun } from '../../api/test-runs.api';
import type { Run } from '../runs/run-progress';
import { resolveStepRunInput } from '../test-run/step-run-input';
import { replaceStepInput } from './step-test-definition';

/** What an expression in the tested step sees: `$trigger` and `$steps.<id>.output`. */
export interface StepTestScope {
  trigger?: unknown;
  steps?: Record<string, { output?: unknown }>;
  vars?: Record<string, unknown>;
}

export interface StepTestRequest {
  definition: FlowDefinition;
  scope: StepTestScope;
  /** replaces the step's `input` template for this test; "="-strings are still expressions */
  input?: Record<string, unknown>;
}

export interface StepTestResult {
  stepId: string;
  runId: string;
  status: 'succeeded' | 'failed' | 'cancelled' | 'skipped' | 'running' | 'waiting' | 'pending';
  /** the input the step was given, worked out with the engine's expression code */
  input?: unknown;
  output?: unknown;
  error?: { code: string; message: string };
  durationMs?: number;
  attempts: number;
}

const POLL_MS = 500;
const GIVE_UP_MS = 120_000;

/**
 * "Test this step": a draft test run of just this top-level step (the API's
 * `onlyStep`), with the sample's trigger data as `$trigger` and its step
 * outputs standing in for the steps before it. It runs on Temporal like any
 * run, so it appears under Runs with trigger `test`; this waits for the step
 * to finish and reports it.
 */
export async function runSingleStep(
  flowSlug: string,
  stepId: string,
  request: StepTestRequest,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<StepTestResult> {
  const definition = request.input ? replaceStepInput(request.definition, stepId, request.input) : request.definition;
  const outputs = Object.fromEntries(
    Object.entries(request.scope.steps ?? {}).flatMap(([id, step]) =>
      step.output === undefined ? [] : [[id, step.output] as const],
    ),
  );
  const payload = request.scope.trigger ?? null;
  const started = await startDraftTestRun(
    flowSlug,
    { payload, definition, onlyStep: { id: stepId, outputs } },
    idempotencyKey,
  );
  const run = await untilStepSettles(started.id, stepId, signal);
  const step = run.steps.find((candidate) => candidate.id === stepId);
  const input = await resolveStepRunInput(definition, stepId, run, payload);
  return {
    stepId,
    runId: run.id,
    status: step?.status ?? (run.status === 'completed' ? 'succeeded' : 'failed'),
    ...(input.kind === 'resolved' ? { input: input.value } : {}),
    ...(step?.output === undefined ? {} : { output: step.output }),
    ...(step?.error ? { error: step.error } : run.error && !step ? { error: run.error } : {}),
    ...(step?.durationMs === undefined ? {} : { durationMs: step.durationMs }),
    attempts: step?.attempts ?? 0,
  };
}

async function untilStepSettles(runId: string, stepId: string, signal?: AbortSignal): Promise<Run> {
  const deadline = Date.now() + GIVE_UP_MS;
  for (;;) {
    const run = await apiGet('/v1/runs/{id}', { path: { id: runId }, ...(signal ? { signal } : {}) });
    const step = run.steps.find((candidate) => candidate.id === stepId);
    // a step waiting for an event or approval will not settle by itself: report it as it stands
    if (run.status !== 'running' || step?.status === 'waiting') return run;
    if (Date.now() > deadline) return run;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
