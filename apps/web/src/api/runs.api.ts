import { apiGet, type ApiSchema } from './api-client';

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

export type StepError = ApiSchema<'StepError'>;
export type RunStep = ApiSchema<'StepProgress'>;
/** A run as listed: no steps. */
export type RunSummary = ApiSchema<'RunSummary'>;
/** A run with its steps, read live from Temporal. */
export type RunDetail = ApiSchema<'Run'>;
export type RunList = ApiSchema<'RunList'>;

/** The runs page's filters, as read from its URL; the API judges the values (400 for an unknown status). */
export interface RunFilters {
  /** flow slug or id */
  flow?: string;
  status?: string;
}

export function listRuns(
  filters: RunFilters,
  options: { limit?: number; cursor?: string } = {},
  signal?: AbortSignal,
): Promise<RunList> {
  return apiGet('/v1/runs', {
    query: {
      flow: filters.flow,
      // a status typed into the URL by hand reaches the API, whose 400 the page shows
      status: filters.status as RunStatus | undefined,
      limit: options.limit,
      cursor: options.cursor,
    },
    ...(signal ? { signal } : {}),
  });
}

export function getRun(id: string, signal?: AbortSignal): Promise<RunDetail> {
  return apiGet('/v1/runs/{id}', { path: { id }, ...(signal ? { signal } : {}) });
}
