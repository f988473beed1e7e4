import { apiGet, type ApiSchema } from './api-client';

export type ConnectorSummary = ApiSchema<'ConnectorSummary'>;
export type Connector = ApiSchema<'Connector'>;

/** The installed connectors. */
export function listConnectors(signal?: AbortSignal): Promise<ApiSchema<'ConnectorList'>> {
  return apiGet('/v1/connectors', signal ? { signal } : {});
}

/** One connector with the manifest of its latest version: its `auth` schema is the connection form. */
export function getConnector(name: string, signal?: AbortSignal): Promise<Connector> {
  return apiGet('/v1/connectors/{name}', { path: { name }, ...(signal ? { signal } : {}) });
}
