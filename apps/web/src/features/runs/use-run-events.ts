import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { runEventsUrl, type RunDetail } from '../../api/runs.api';
import { parseFinishedEvent, parseProgressEvent, withFinished, withProgress } from './run-progress';
import { runQueryKey } from './run-query-key';

/**
 * Follows an open run over Server-Sent Events (`GET /v1/runs/{id}/events`)
 * and writes each `progress` into the run's query, so the timeline moves as
 * steps run. Closes on `finished` (then reads the run once more for its final
 * form) and on unmount. Reports whether the stream is connected; while it is
 * not (proxy without streaming, API restarting), the caller polls instead.
 */
export function useRunEvents(id: string, enabled: boolean, setConnected: (connected: boolean) => void): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(runEventsUrl(id));
    const key = runQueryKey(id);
    const update = (change: (run: RunDetail) => RunDetail) =>
      queryClient.setQueryData<RunDetail>(key, (run) => (run ? change(run) : run));

    source.addEventListener('open', () => setConnected(true));
    source.addEventListener('error', () => setConnected(source.readyState === EventSource.OPEN));
    source.addEventListener('progress', (event) => {
      const progress = parseProgressEvent((event as MessageEvent).data);
      if (progress) update((run) => withProgress(run, progress));
    });
    source.addEventListener('finished', (event) => {
      const finished = parseFinishedEvent((event as MessageEvent).data);
      source.close();
      setConnected(false);
      if (finished) update((run) => withFinished(run, finished));
      void queryClient.invalidateQueries({ queryKey: key });
    });
    return () => {
      source.close();
      setConnected(false);
    };
  }, [id, enabled, queryClient, setConnected]);
}
