import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { fillPath } from './api-client';
import { requestJson } from './api-request';

/** What an expression in the tested step sees: `$trigger`, `$steps.<id>.output`, `$vars`. */
export interface StepTestScope {
  trigger?: unknown;
  steps?: Record<string, { output?: unknown }>;
  vars?: Record<string, unknown>;
}

export interface StepTestRequest {
  /** the editor's current draft; the API validates it like a PUT of the flow */
  definition: FlowDefinition;
  scope: StepTestScope;
  /** replaces the step's `input` template (action steps); "="-strings are still expressions */
  input?: Record<string, unknown>;
}

/** `POST /v1/flows/{slug}/steps/{stepId}/test` answers 200 with this, whether the step succeeded or failed. */
export interface StepTestResult {
  object: 'step_test';
  stepId: string;
  kind: string;
  status: 'succeeded' | 'failed';
  /** the resolved input, secret-looking fields redacted */
  input?: unknown;
  output?: unknown;
  error?: { code: string; message: string; details?: unknown };
  durationMs: number;
  attempts: number;
}

/**
 * Runs one action or map step of the draft once, with the sample scope.
 * 422 `step_not_testable` for other kinds; 504 when no worker answers.
 *
 * The endpoint is being added to the API right now and is not yet in the
 * generated OpenAPI types: this is the one place that calls it untyped and
 * states its answer (StepTestResult above) by hand, until
 * generated/tributary-api.d.ts documents the route.
 */
export async function testFlowStep(
  flowSlug: string,
  stepId: string,
  request: StepTestRequest,
  idempotencyKey: string,
  signal?: AbortSignal,
): Promise<StepTestResult> {
  const path = fillPath('/v1/flows/{idOrSlug}/steps/{stepId}/test', { idOrSlug: flowSlug, stepId });
  const body = {
    definition: request.definition,
    scope: request.scope,
    ...(request.input ? { input: request.input } : {}),
  };
  return (await requestJson(path, {
    method: 'POST',
    body,
    idempotencyKey,
    ...(signal ? { signal } : {}),
  })) as StepTestResult;
}
