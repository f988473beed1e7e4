import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import {
  ApprovalDecision,
  BulkRunRequest,
  BulkRunResult,
  RunApprovalRequest,
  RunCancelAccepted,
  RunEventRequest,
  RunEventResult,
  RunList,
  RunListQuery,
  RunPathParams,
  RunRerunRequest,
  RunResource,
  RunRestartRequest,
  RunSummary,
} from './runs.schemas';

const tags = ['runs'];
const json = (schema: Parameters<typeof jsonResponse>[1], required = true) => ({
  required,
  content: { 'application/json': { schema } },
});

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
  '/v1/runs/{id}/events': {
    post: {
      tags,
      operationId: 'submitRunEvent',
      summary: 'Deliver an event to a waitForEvent step of the run',
      description:
        'Only a step waiting for this event name (and correlation key, when it declares one) is resumed; ' +
        'an event no step waits for yet is buffered for a later one (`stepId: null`).',
      requestParams: { path: RunPathParams },
      requestBody: json(RunEventRequest),
      responses: { '200': jsonResponse('Delivered', RunEventResult), ...problemResponses(400, 404, 409, 503) },
    },
  },
  '/v1/runs/{id}/approvals': {
    post: {
      tags,
      operationId: 'decideRunApproval',
      summary: 'Approve or reject the approval step the run waits on',
      description: '409 `approval_not_waiting` when no approval step waits (or not the one named).',
      requestParams: { path: RunPathParams },
      requestBody: json(RunApprovalRequest),
      responses: {
        '200': jsonResponse('The recorded decision', ApprovalDecision),
        ...problemResponses(400, 404, 409, 503),
      },
    },
  },
  '/v1/runs/{id}/cancel': {
    post: {
      tags,
      operationId: 'cancelRun',
      summary: 'Request cancellation; compensations run before the run reports `cancelled`',
      requestParams: { path: RunPathParams },
      responses: {
        '202': jsonResponse('Cancellation requested', RunCancelAccepted),
        ...problemResponses(404, 409, 503),
      },
    },
  },
  '/v1/runs/{id}/restart': {
    post: {
      tags,
      operationId: 'restartRun',
      summary: 'Start a new run from a top-level step, reusing the outputs recorded before it',
      description:
        'Without `fromStepId` the run restarts at the top-level step containing the step that failed it. ' +
        'The new run records `restartedFrom`.',
      requestParams: { path: RunPathParams },
      requestBody: json(RunRestartRequest, false),
      responses: { '201': jsonResponse('The new run', RunSummary), ...problemResponses(400, 404, 409, 422, 503) },
    },
  },
  '/v1/runs/{id}/rerun': {
    post: {
      tags,
      operationId: 'rerunRun',
      summary: 'Start a new run with the same trigger payload',
      requestParams: { path: RunPathParams },
      requestBody: json(RunRerunRequest, false),
      responses: { '201': jsonResponse('The new run', RunSummary), ...problemResponses(400, 404, 409, 422, 503) },
    },
  },
  '/v1/runs/bulk/restart': {
    post: {
      tags,
      operationId: 'bulkRestartRuns',
      summary: 'Restart every run matching a filter (at most 500), each from its failed step',
      requestBody: json(BulkRunRequest),
      responses: { '200': jsonResponse('One result per source run', BulkRunResult), ...problemResponses(400, 503) },
    },
  },
  '/v1/runs/bulk/rerun': {
    post: {
      tags,
      operationId: 'bulkRerunRuns',
      summary: 'Re-run every run matching a filter (at most 500)',
      requestBody: json(BulkRunRequest),
      responses: { '200': jsonResponse('One result per source run', BulkRunResult), ...problemResponses(400, 503) },
    },
  },
};
