import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { apiSend, type ApiSchema } from './api-client';

/** A started draft test run: a RunSummary whose `flow.version` is null (it runs the draft). */
export type DraftTestRun = ApiSchema<'DraftTestRun'>;

/** The definition as the generated API types spell it; the editor works with `@tributary/workflows` types. */
type ApiFlowDefinition = ApiSchema<'DraftTestRunRequest'>['definition'];

/**
 * `POST /v1/flows/{slug}/test-runs`: runs `definition` (the editor's current,
 * possibly unsaved draft) on Temporal with `payload` as `$trigger`. The
 * idempotency key makes a retried click start one run, not two.
 */
export function startDraftTestRun(
  flowSlug: string,
  request: { payload: unknown; definition: FlowDefinition },
  idempotencyKey: string,
): Promise<DraftTestRun> {
  return apiSend('post', '/v1/flows/{idOrSlug}/test-runs', {
    path: { idOrSlug: flowSlug },
    // the same flow format on both sides; the API validates it like a PUT of the draft
    body: { payload: request.payload, definition: request.definition as unknown as ApiFlowDefinition },
    idempotencyKey,
  });
}
