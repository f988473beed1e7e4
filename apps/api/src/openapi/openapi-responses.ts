import type { z } from 'zod';
import type { ZodOpenApiResponseObject, ZodOpenApiResponsesObject } from 'zod-openapi';
import { PROBLEM_CONTENT_TYPE, ProblemDetails } from '../problem/problem-details';

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request; `errors` lists every invalid field',
  401: 'No valid credential',
  403: 'The credential lacks the scope this operation needs',
  404: 'Not found',
  409: 'Conflict with the current state',
  413: 'Body too large',
  429: 'Rate limit exceeded; see `Retry-After`',
  422: 'Understood, but cannot be carried out (e.g. a referenced resource is missing)',
  500: 'Unexpected error',
  502: 'The run or an upstream service failed',
  503: 'A dependency (database, Temporal) is unavailable',
  504: 'A worker did not answer in time',
};

/** A JSON success response documented from the same zod schema the handler returns. */
export function jsonResponse(description: string, schema: z.ZodType): ZodOpenApiResponseObject {
  return { description, content: { 'application/json': { schema } } };
}

/** The problem+json responses an operation can answer with; 500 is always possible. */
export function problemResponses(...statuses: number[]): ZodOpenApiResponsesObject {
  const responses: ZodOpenApiResponsesObject = {};
  for (const status of [...statuses, 500]) {
    responses[String(status) as `${1 | 2 | 3 | 4 | 5}${string}`] = {
      description: PROBLEM_DESCRIPTIONS[status] ?? 'Error',
      content: { [PROBLEM_CONTENT_TYPE]: { schema: ProblemDetails } },
    };
  }
  return responses;
}
