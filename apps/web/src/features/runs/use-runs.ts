import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listRuns, type RunFilters } from '../../api/runs.api';

export const RUNS_REFRESH_MS = 2_000;

export function useRuns(filters: RunFilters) {
  return useQuery({
    queryKey: ['runs', filters],
    queryFn: ({ signal }) => listRuns(filters, { limit: 50 }, signal),
    refetchInterval: RUNS_REFRESH_MS,
    // While a new filter loads, keep the old rows instead of flashing an empty table.
    placeholderData: keepPreviousData,
  });
}
