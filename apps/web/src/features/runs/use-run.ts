import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { getRun } from '../../api/runs.api';
import { runQueryKey } from './run-query-key';
import { useRunEvents } from './use-run-events';
import { RUNS_REFRESH_MS } from './use-runs';

/**
 * One run. While it is open and its live event stream is not connected, it
 * is polled; a closed run no longer changes.
 */
export function useRun(id: string, options: { streaming: boolean }) {
  return useQuery({
    queryKey: runQueryKey(id),
    queryFn: ({ signal }) => getRun(id, signal),
    refetchInterval: (query) => {
      const run = query.state.data;
      if (query.state.status === 'error') return run ? RUNS_REFRESH_MS : false;
      if (run?.closedAt || options.streaming) return false;
      return RUNS_REFRESH_MS;
    },
  });
}

/**
 * A run kept current: followed over its live event stream while it is open,
 * polled when the stream is not connected.
 */
export function useLiveRun(id: string) {
  const [streaming, setStreaming] = useState(false);
  const run = useRun(id, { streaming });
  const open = run.data !== undefined && run.data.closedAt === null && run.data.status === 'running';
  useRunEvents(id, open, setStreaming);
  return run;
}
