import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { FlowResponseBody, WebhookAccepted, WebhookBody, WebhookPathParams, WebhookQuery } from './hooks.schemas';

export const hooksPaths: ZodOpenApiPathsObject = {
  '/hooks/{path}': {
    post: {
      tags: ['hooks'],
      operationId: 'receiveWebhook',
      summary: 'Start a run of the flow whose webhook trigger declares this path',
      description:
        'Runs the latest published version. Body, query and headers become `$trigger`; ' +
        'authorization, cookie, API-key, token, secret and signature headers are dropped first. ' +
        "When the flow's trigger declares a business key, a delivery whose key already has a run returns that " +
        'run (200, `duplicate: true`) or is refused (409 `duplicate_run`), as the trigger says. ' +
        "With `?sync=1` the call waits for the flow's `respond` step (its status, headers and body are the " +
        'answer) or for the run to end (200 with the output; 502 problem when it fails).',
      requestParams: { path: WebhookPathParams, query: WebhookQuery },
      requestBody: {
        content: {
          'application/json': { schema: WebhookBody },
          'application/x-www-form-urlencoded': { schema: WebhookBody },
          'text/plain': { schema: WebhookBody },
        },
      },
      responses: {
        '200': {
          description:
            "Synchronous: the flow's response or output. Asynchronous: the existing run of a duplicate business key.",
          content: { 'application/json': { schema: FlowResponseBody.or(WebhookAccepted) } },
        },
        '202': jsonResponse('Run started (or still running when a synchronous wait ran out)', WebhookAccepted),
        ...problemResponses(400, 404, 409, 413, 422, 502, 503),
      },
    },
  },
};
