import { apiGet, apiSend, fillPath, type ApiSchema, type GetOptions } from './api-client';

export type RunStatus = ApiSchema<'RunStatus'>;

/** Every status the API documents, in the order the filter bar offers them. */
export const RUN_STATUSES = [
  'running',
  'completed',
  'failed',
  'cancelled',
  'terminated',
  'timed_out',
] as const satisfies readonly RunStatus[];

type RunTrigger = NonNullable<NonNullable<GetOptions<'/v1/runs'>['query']>['trigger']>;

/** How runs start, in the order the filter bar offers them; "test" is a draft test run from the editor. */
export const RUN_TRIGGERS = [
  'webhook',
  'manual',
  'schedule',
  'poll',
  'subscription',
  'test',
] as const satisfies readonly RunTrigger[];

export type StepError = ApiSchema<'StepError'>;
export type RunStep = ApiSchema<'StepProgress'>;
/** A run as listed: no steps. `flow.version` is null for a draft test run. */
export type RunSummary = ApiSchema<'RunSummary'>;
/** A run with its steps, read live from Temporal. */
export type RunDetail = ApiSchema<'Run'>;
export type RunList = ApiSchema<'RunList'>;

/**
 * The runs page's filters as read from its URL, all as text: the API judges
 * the values (400 for an unknown status), and the page shows its answer.
 */
export interface RunFilters {
  /** flow slug or id */
  flow?: string;
  version?: string;
  status?: string;
  trigger?: string;
  /** ISO 8601 with offset */
  startedAfter?: string;
  startedBefore?: string;
}

export function listRuns(
  filters: RunFilters,
  options: { limit?: number; cursor?: string } = {},
  signal?: AbortSignal,
): Promise<RunList> {
  return apiGet('/v1/runs', {
    query: { ...listRunsQuery(filters), limit: options.limit, cursor: options.cursor },
    ...(signal ? { signal } : {}),
  });
}

/** The filters as API query parameters; hand-typed values pass through so the API's 400 names them. */
function listRunsQuery(filters: RunFilters) {
  return {
    flow: filters.flow,
    version: filters.version === undefined ? undefined : Number(filters.version),
    status: filters.status as RunStatus | undefined,
    trigger: filters.trigger as RunTrigger | undefined,
    startedAfter: filters.startedAfter,
    startedBefore: filters.startedBefore,
  };
}

export function getRun(id: string, signal?: AbortSignal): Promise<RunDetail> {
  return apiGet('/v1/runs/{id}', { path: { id }, ...(signal ? { signal } : {}) });
}

/** Where `GET /v1/runs/{id}/events` streams the run's progress (Server-Sent Events). */
export function runEventsUrl(id: string): string {
  return fillPath('/v1/runs/{id}/events', { id });
}

/** Asks Temporal to cancel the run; it reports `cancelled` once it has stopped. */
export function cancelRun(id: string) {
  return apiSend('post', '/v1/runs/{id}/cancel', { path: { id } });
}

/** A new run that reuses the outputs of the steps before `fromStepId` (a top-level step) and runs from there. */
export function restartRun(id: string, fromStepId: string | undefined, idempotencyKey: string): Promise<RunSummary> {
  return apiSend('post', '/v1/runs/{id}/restart', {
    path: { id },
    body: { version: 'original', ...(fromStepId ? { fromStepId } : {}) },
    idempotencyKey,
  });
}

/** A new run of the same flow version with the same trigger data. */
export function rerunRun(id: string, idempotencyKey: string): Promise<RunSummary> {
  return apiSend('post', '/v1/runs/{id}/rerun', { path: { id }, body: { version: 'original' }, idempotencyKey });
}

export type ApprovalDecision = ApiSchema<'ApprovalDecision'>;

export function decideApproval(
  id: string,
  decision: { stepId: string; decision: 'approve' | 'reject'; comment?: string },
): Promise<ApprovalDecision> {
  return apiSend('post', '/v1/runs/{id}/approvals', { path: { id }, body: decision });
}
