import { useQuery } from '@tanstack/react-query';
import { listFlows } from '../../api/flows.api';

export function useFlows() {
  return useQuery({
    queryKey: ['flows'],
    queryFn: ({ signal }) => listFlows({ limit: 100 }, signal),
    // Keep trying while the API is away so the table comes back on its own.
    refetchInterval: (query) => (query.state.status === 'error' ? 5_000 : false),
  });
}
