import { useQuery } from '@tanstack/react-query';
import { apiGet, type ApiSchema } from '../../api/api-client';

export type Connector = ApiSchema<'Connector'>;
export type Connection = ApiSchema<'Connection'>;

/**
 * A connector with its latest manifest. Same query key as the editor's step
 * catalog, so the panel reads the manifest the palette already fetched;
 * manifests only change when a worker registers a new connector version.
 */
export function useConnector(name: string | undefined) {
  return useQuery({
    queryKey: ['connector', name],
    queryFn: ({ signal }) => apiGet('/v1/connectors/{name}', { path: { name: name! }, signal }),
    enabled: Boolean(name),
    staleTime: 5 * 60_000,
  });
}

/** The stored connections (first 100, as the editor's catalog reads them), optionally of one connector. */
export function useConnections(connector?: string) {
  const query = useQuery({
    queryKey: ['connections', 'all-for-editor'],
    queryFn: ({ signal }) => apiGet('/v1/connections', { query: { limit: 100 }, signal }),
    staleTime: 30_000,
  });
  const all = query.data?.data ?? [];
  const connections = connector ? all.filter((connection) => connection.connector === connector) : all;
  return { ...query, connections };
}
