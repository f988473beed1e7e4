import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { apiSend, type ApiSchema } from './api-client';

/** What an expression in the tested step sees: `$trigger`, `$steps.<id>.output`, `$vars`, `$item`, `$index`. */
export type StepTestScope = ApiSchema<'StepTestScope'>;

/** Whether the step succeeded or failed, with what it was given and what it gave. */
export type StepTestResult = ApiSchema<'StepTestResult'>;

export interface StepTestRequest {
  /** the editor's current draft; the API validates it like a PUT of the flow */
  definition: FlowDefinition;
  scope: StepTestScope;
  /** replaces the step's `input` template (action steps); "="-strings are still expressions */
  input?: Record<string, unknown>;
}

/** The definition as the generated API types spell it; the editor works with `@tributary/workflows` types. */
type ApiFlowDefinition = NonNullable<ApiSchema<'StepTestRequest'>['definition']>;

/**
 * `POST /v1/flows/{slug}/steps/{stepId}/test`: runs one action (once, no
 * retries) or map step of the draft in a worker, with the sample scope, and
 * answers 200 whether the step succeeded or failed. 422 `step_not_testable`
 * for other kinds; 504 when no worker answers.
 */
export function testFlowStep(
  flowSlug: string,
  stepId: string,
  request: StepTestRequest,
  idempotencyKey: string,
): Promise<StepTestResult> {
  return apiSend('post', '/v1/flows/{idOrSlug}/steps/{stepId}/test', {
    path: { idOrSlug: flowSlug, stepId },
    body: {
      // the same flow format on both sides
      definition: request.definition as unknown as ApiFlowDefinition,
      scope: request.scope,
      ...(request.input ? { input: request.input } : {}),
    },
    idempotencyKey,
  });
}
