import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { WebhookAccepted, WebhookBody, WebhookPathParams } from './hooks.schemas';

export const hooksPaths: ZodOpenApiPathsObject = {
  '/hooks/{path}': {
    post: {
      tags: ['hooks'],
      operationId: 'receiveWebhook',
      summary: 'Start a run of the flow whose webhook trigger declares this path',
      description:
        'Runs the latest published version. Body, query and headers become `$trigger`; ' +
        'authorization, cookie, API-key, token, secret and signature headers are dropped first.',
      requestParams: { path: WebhookPathParams },
      requestBody: {
        content: {
          'application/json': { schema: WebhookBody },
          'application/x-www-form-urlencoded': { schema: WebhookBody },
          'text/plain': { schema: WebhookBody },
        },
      },
      responses: {
        '202': jsonResponse('Run started', WebhookAccepted),
        ...problemResponses(400, 404, 409, 413, 503),
      },
    },
  },
};
