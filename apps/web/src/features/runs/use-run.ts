import { useQuery } from '@tanstack/react-query';
import { getRun } from '../../api/runs.api';
import { RUNS_REFRESH_MS } from './use-runs';

/** One run, refreshed while it is still open; a closed run no longer changes. */
export function useRun(id: string) {
  return useQuery({
    queryKey: ['run', id],
    queryFn: ({ signal }) => getRun(id, signal),
    refetchInterval: (query) => {
      const run = query.state.data;
      if (query.state.status === 'error') return run ? RUNS_REFRESH_MS : false;
      return run && run.closedAt ? false : RUNS_REFRESH_MS;
    },
  });
}
