import { z } from 'zod';
import { getJson, withQuery } from './api-request';
import { listPage } from './list-page';

export const RUN_STATUSES = ['running', 'completed', 'failed', 'cancelled', 'terminated', 'timed_out'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const StepError = z.object({
  code: z.string(),
  message: z.string(),
  details: z.unknown().optional(),
});
export type StepError = z.infer<typeof StepError>;

export const RunStep = z.object({
  id: z.string(),
  kind: z.string(),
  /** pending | running | waiting | succeeded | failed | skipped | cancelled (kept open: the UI must not break on a new one) */
  status: z.string(),
  attempts: z.number().int().default(0),
  startedAt: z.string().nullish(),
  finishedAt: z.string().nullish(),
  output: z.unknown().optional(),
  error: StepError.nullish(),
});
export type RunStep = z.infer<typeof RunStep>;

const RunFields = {
  id: z.string(),
  flow: z.object({ id: z.string(), slug: z.string(), version: z.number().int() }),
  status: z.string(),
  trigger: z.string().nullish(),
  workflowId: z.string(),
  temporalRunId: z.string().nullish(),
  startedAt: z.string(),
  closedAt: z.string().nullish(),
  temporalUiUrl: z.string().nullish(),
};

/** A run as listed: no steps. */
export const RunSummary = z.object(RunFields);
export type RunSummary = z.infer<typeof RunSummary>;

export const RunDetail = z.object({
  ...RunFields,
  steps: z.array(RunStep),
  error: StepError.nullish(),
});
export type RunDetail = z.infer<typeof RunDetail>;

export const RunList = listPage(RunSummary);
export type RunList = z.infer<typeof RunList>;

export interface RunFilters {
  /** flow slug */
  flow?: string;
  status?: string;
}

export function listRuns(
  filters: RunFilters,
  options: { limit?: number } = {},
  signal?: AbortSignal,
): Promise<RunList> {
  return getJson(
    withQuery('/v1/runs', { flow: filters.flow, status: filters.status, limit: options.limit }),
    RunList,
    signal,
  );
}

export function getRun(id: string, signal?: AbortSignal): Promise<RunDetail> {
  return getJson(`/v1/runs/${encodeURIComponent(id)}`, RunDetail, signal);
}
