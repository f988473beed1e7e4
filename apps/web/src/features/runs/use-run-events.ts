import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { runEventsUrl, type RunDetail } from '../../api/runs.api';
import { runQueryKey } from './run-query-key';

/** `progress` event data: the run's live state (see apps/api/src/runs/run-progress.stream.ts). */
type RunProgressEvent = Pick<RunDetail, 'status' | 'steps' | 'error' | 'compensations'>;
/** `finished` event data. */
type RunFinishedEvent = Pick<RunDetail, 'id' | 'status' | 'closedAt' | 'error'>;

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
    const update = (change: Partial<RunDetail>) =>
      queryClient.setQueryData<RunDetail>(key, (run) => (run ? { ...run, ...change } : run));

    source.addEventListener('open', () => setConnected(true));
    source.addEventListener('error', () => setConnected(source.readyState === EventSource.OPEN));
    source.addEventListener('progress', (event) => {
      const progress = parseEvent<RunProgressEvent>(event);
      if (!progress) return;
      update({
        status: progress.status,
        steps: progress.steps,
        error: progress.error,
        ...(progress.compensations ? { compensations: progress.compensations } : {}),
      });
    });
    source.addEventListener('finished', (event) => {
      const finished = parseEvent<RunFinishedEvent>(event);
      source.close();
      setConnected(false);
      if (finished) update({ status: finished.status, closedAt: finished.closedAt, error: finished.error });
      void queryClient.invalidateQueries({ queryKey: key });
    });
    return () => {
      source.close();
      setConnected(false);
    };
  }, [id, enabled, queryClient, setConnected]);
}

/** The event's JSON data; a malformed event is skipped (the next one carries the whole state again). */
function parseEvent<T>(event: Event): T | undefined {
  if (!(event instanceof MessageEvent) || typeof event.data !== 'string') return undefined;
  try {
    return JSON.parse(event.data) as T;
  } catch {
    return undefined;
  }
}
