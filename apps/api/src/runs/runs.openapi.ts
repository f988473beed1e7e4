import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { DraftTestRun, DraftTestRunRequest } from './draft-test-run.schemas';
import { StepTestPathParams, StepTestRequest, StepTestResult } from './step-test.schemas';
import {
  ApprovalDecision,
  BulkRunRequest,
  BulkRunResult,
  FlowRunsPathParams,
  ManualRunRequest,
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
  RunStreamHeaders,
  RunSummary,
  RunTerminateRequest,
} from './runs.schemas';

const tags = ['runs'];
const json = (schema: Parameters<typeof jsonResponse>[1], required = true) => ({
  required,
  content: { 'application/json': { schema } },
});

export const runsPaths: ZodOpenApiPathsObject = {
  '/v1/flows/{idOrSlug}/runs': {
    post: {
      tags,
      operationId: 'startManualRun',
      summary: 'Start a run of the latest published version (or `version`) by hand',
      description:
        'The run has trigger kind `manual` and sees `payload` as its trigger data. With an `Idempotency-Key` the ' +
        'run and workflow ids derive from the caller and the key, so retries (even racing across API processes) ' +
        'start one workflow. A flow whose trigger declares a business key answers 200 with the existing run ' +
        'when the key matched one.',
      requestParams: { path: FlowRunsPathParams },
      requestBody: json(ManualRunRequest, false),
      responses: {
        '201': {
          ...jsonResponse('The new run', RunSummary),
          headers: { Location: { description: 'the run', schema: { type: 'string' } } },
        },
        '200': jsonResponse('The existing run of a duplicate business key', RunSummary),
        ...problemResponses(400, 404, 409, 422, 503),
      },
    },
  },
  '/v1/flows/{idOrSlug}/test-runs': {
    post: {
      tags,
      operationId: 'startDraftTestRun',
      summary: "Test the flow's draft (or an unsaved definition) as a real run",
      description:
        'Runs `definition` (default: the saved draft, so a flow that was never published can be tested) on ' +
        'Temporal like any run: follow it with `GET /v1/runs/{id}/events`, cancel or terminate it. It is recorded ' +
        'with trigger `test` and `flow.version` null, is listed by `GET /v1/runs?trigger=test`, and is not the ' +
        "flow's `lastRun`. A given `definition` is validated like `PUT /v1/flows/{idOrSlug}` (400 with paths and " +
        'JSON pointers). `warnings` names connections that do not exist here; their steps fail at run time. ' +
        "The trigger's business key is not applied. Restarting or re-running a test run with version " +
        '`original` runs the same definition again.',
      requestParams: { path: FlowRunsPathParams },
      requestBody: json(DraftTestRunRequest, false),
      responses: {
        '201': {
          ...jsonResponse('The started test run', DraftTestRun),
          headers: { Location: { description: 'the run', schema: { type: 'string' } } },
        },
        ...problemResponses(400, 404, 422, 502, 503),
      },
    },
  },
  '/v1/flows/{idOrSlug}/steps/{stepId}/test': {
    post: {
      tags,
      operationId: 'testFlowStep',
      summary: 'Run one action or map step of the draft once, with the given input and scope',
      description:
        'The editor\'s "Test this step". The step (at any depth) comes from `definition` (default: the saved draft, ' +
        'validated like `PUT /v1/flows/{idOrSlug}`: 400 with paths and JSON pointers). An action step calls its ' +
        'connector once, never retried, in a worker through the same activity a run uses, with its connection ' +
        'resolved there, and acts for real: send an `Idempotency-Key` so a retried request does not act twice. ' +
        'A map step runs the mapping code runs use. Expressions see `scope` (`$trigger`, `$steps`, `$vars`, ' +
        '`$item`, `$index`; `$run.version` is null). No run is recorded. A failed action or a bad expression ' +
        'answers 200 with `status: failed` and `error` (an expression error names the field in `error.details.path`). ' +
        '404 for an unknown flow or step; 422 `step_not_testable` (naming the `kind`) for other kinds; 504 ' +
        '`step_test_timeout` when no worker answers in time (`STEP_TEST_TIMEOUT_MS`, default 30 s). Secret-looking ' +
        'members of `input`, `output` and `error.details` are "[redacted]".',
      requestParams: { path: StepTestPathParams },
      requestBody: json(StepTestRequest, false),
      responses: {
        '200': jsonResponse('What the step did', StepTestResult),
        ...problemResponses(400, 404, 422, 503, 504),
      },
    },
  },
  '/v1/runs': {
    get: {
      tags,
      operationId: 'listRuns',
      summary: 'List runs from Temporal visibility: open runs first, then the most recently closed',
      description:
        'Answered by Temporal visibility, so runs a schedule, poll or subscription started are listed even before ' +
        'their index row exists. Temporal orders them: open runs first (newest started first), then closed runs by ' +
        'close time, newest first. Filters combine with AND. `next_cursor` is opaque and only valid with the same ' +
        'filters (400 naming `cursor` otherwise); `has_more` may be true when the next page turns out empty. ' +
        '503 `temporal_unavailable` when Temporal cannot be reached.',
      requestParams: { query: RunListQuery },
      responses: { '200': jsonResponse('A page of runs', RunList), ...problemResponses(400, 503) },
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
    get: {
      tags,
      operationId: 'streamRunEvents',
      summary: 'Follow a run live (Server-Sent Events)',
      description:
        'A `text/event-stream`. `event: progress` carries `{ status, steps, error?, compensations? }` (the fields of ' +
        '`Run`) each time the step timeline changes, read from Temporal every 500 ms; `event: finished` carries ' +
        '`{ id, status, closedAt, error? }` once the run has closed, and the stream ends. `id:` counts changes. ' +
        'A comment line (`: heartbeat`) every 15 s keeps proxies from closing an idle stream. A reconnect (with ' +
        'or without `Last-Event-ID`) receives the current state at once.',
      requestParams: { path: RunPathParams, header: RunStreamHeaders },
      responses: {
        '200': {
          description: 'The event stream',
          content: {
            'text/event-stream': {
              schema: z.string().meta({ example: 'id: 1\nevent: progress\ndata: {"status":"running","steps":[]}\n\n' }),
            },
          },
        },
        ...problemResponses(404, 503),
      },
    },
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
  '/v1/runs/{id}/terminate': {
    post: {
      tags,
      operationId: 'terminateRun',
      summary: 'Stop a run at once, without compensation',
      description:
        'Terminates the Temporal workflow: unlike cancel, the run runs no compensations or cleanup. The run reports ' +
        '`terminated` and the audit log records `run.terminated` with the reason. 409 `run_not_running` when the ' +
        'run has already closed.',
      requestParams: { path: RunPathParams },
      requestBody: json(RunTerminateRequest),
      responses: { '200': jsonResponse('The terminated run', RunSummary), ...problemResponses(400, 404, 409, 503) },
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
