import { useQuery } from '@tanstack/react-query';
import { checkReadiness, type Readiness } from '../api/readiness.api';

const LABELS: Record<Readiness, string> = {
  ready: 'API ready',
  not_ready: 'API not ready',
  unreachable: 'API unreachable',
};

/** A small always-visible indicator, so an outage is obvious before any table looks stale. */
export function ApiStatus() {
  const readiness = useQuery({
    queryKey: ['readiness'],
    queryFn: ({ signal }) => checkReadiness(signal),
    refetchInterval: 10_000,
    retry: false,
  });
  const state = readiness.data;
  return (
    <span className={`api-status api-status-${state ?? 'unknown'}`} title="GET /ready, every 10 s">
      <span className="api-status-dot" aria-hidden="true" />
      {state ? LABELS[state] : 'Checking API…'}
    </span>
  );
}
