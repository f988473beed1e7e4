import { useQueries, useQuery } from '@tanstack/react-query';
import { listConnections } from '../../api/connections.api';
import { getConnector, listConnectors } from '../../api/connectors.api';

export const CONNECTIONS_QUERY_KEY = ['connections'] as const;

/** The connections (first 100), refreshed while the API is away so the list comes back by itself. */
export function useConnections() {
  return useQuery({
    queryKey: CONNECTIONS_QUERY_KEY,
    queryFn: ({ signal }) => listConnections({ limit: 100 }, signal),
    refetchInterval: (query) => (query.state.status === 'error' ? 5_000 : false),
  });
}

export function useConnectors() {
  return useQuery({ queryKey: ['connectors'], queryFn: ({ signal }) => listConnectors(signal), staleTime: 60_000 });
}

/** One connector with its latest manifest; nothing while `name` is empty. */
export function useConnector(name: string) {
  return useQuery({
    queryKey: ['connectors', name],
    queryFn: ({ signal }) => getConnector(name, signal),
    enabled: name !== '',
    staleTime: 60_000,
  });
}

/** The connectors of several connections at once, by name (for the list's "Authentication" column). */
export function useConnectorsByName(names: string[]) {
  const unique = [...new Set(names)].sort();
  const results = useQueries({
    queries: unique.map((name) => ({
      queryKey: ['connectors', name],
      queryFn: ({ signal }: { signal: AbortSignal }) => getConnector(name, signal),
      staleTime: 60_000,
    })),
  });
  return new Map(unique.map((name, index) => [name, results[index]?.data]));
}
