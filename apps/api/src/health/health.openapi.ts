import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { Liveness, Readiness } from './health.schemas';

const tags = ['health'];

export const healthPaths: ZodOpenApiPathsObject = {
  '/health': {
    get: {
      tags,
      operationId: 'getLiveness',
      summary: 'Liveness: 200 while the process serves HTTP',
      responses: { '200': jsonResponse('Alive', Liveness) },
    },
  },
  '/ready': {
    get: {
      tags,
      operationId: 'getReadiness',
      summary: 'Readiness: the database and Temporal both answer',
      responses: {
        '200': jsonResponse('Ready', Readiness),
        ...problemResponses(503),
      },
    },
  },
};
