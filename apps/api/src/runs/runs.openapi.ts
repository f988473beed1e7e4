import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { RunList, RunListQuery, RunPathParams, RunResource } from './runs.schemas';

const tags = ['runs'];

export const runsPaths: ZodOpenApiPathsObject = {
  '/v1/runs': {
    get: {
      tags,
      operationId: 'listRuns',
      summary: 'List runs, newest first',
      requestParams: { query: RunListQuery },
      responses: { '200': jsonResponse('A page of runs', RunList), ...problemResponses(400) },
    },
  },
  '/v1/runs/{id}': {
    get: {
      tags,
      operationId: 'getRun',
      summary: 'Get a run with its live status and steps from Temporal',
      requestParams: { path: RunPathParams },
      responses: { '200': jsonResponse('The run', RunResource), ...problemResponses(404, 503) },
    },
  },
};
