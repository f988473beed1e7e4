import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listRuns, type RunFilters } from '../../api/runs.api';

/** How often a list with a running run asks again; also the run page's polling when its live stream is down. */
export const RUNS_REFRESH_MS = 2_000;
/** The first page of a quiet list still looks for new runs now and then. */
export const RUNS_IDLE_REFRESH_MS = 15_000;
export const RUNS_PAGE_SIZE = 50;

/**
 * One page of runs. The list refreshes every 2 s while any listed run is
 * running; otherwise only the first page refreshes, slowly, for new runs
 * (a later page would shift under the reader).
 */
export function useRuns(filters: RunFilters, cursor: string | undefined) {
  return useQuery({
    queryKey: ['runs', filters, cursor ?? null],
    queryFn: ({ signal }) => listRuns(filters, { limit: RUNS_PAGE_SIZE, cursor }, signal),
    refetchInterval: (query) => {
      if (query.state.status === 'error') return query.state.data ? RUNS_REFRESH_MS : false;
      if (query.state.data?.data.some((run) => run.status === 'running')) return RUNS_REFRESH_MS;
      return cursor ? false : RUNS_IDLE_REFRESH_MS;
    },
    // While a new filter loads, keep the old rows instead of flashing an empty table.
    placeholderData: keepPreviousData,
  });
}

/** Whether the list is refreshing quickly because a listed run is still running. */
export function hasRunningRun(runs: { status: string }[] | undefined): boolean {
  return runs?.some((run) => run.status === 'running') ?? false;
}
