import { apiGet, apiSend, type ApiSchema } from './api-client';

export type Connection = ApiSchema<'Connection'>;
export type ConnectionCreateRequest = ApiSchema<'ConnectionCreateRequest'>;
export type ConnectionUpdateRequest = ApiSchema<'ConnectionUpdateRequest'>;
export type ConnectionTestResult = ApiSchema<'ConnectionTestResult'>;

/** Connections, newest pages by cursor; secrets are never part of them, only their field names. */
export function listConnections(
  options: { limit?: number; cursor?: string } = {},
  signal?: AbortSignal,
): Promise<ApiSchema<'ConnectionList'>> {
  return apiGet('/v1/connections', {
    query: { limit: options.limit, cursor: options.cursor },
    ...(signal ? { signal } : {}),
  });
}

export function createConnection(request: ConnectionCreateRequest, idempotencyKey: string): Promise<Connection> {
  return apiSend('post', '/v1/connections', { body: request, idempotencyKey });
}

/** Merges `config` and `secrets` field by field: a secret not sent keeps its stored value. */
export function updateConnection(idOrName: string, request: ConnectionUpdateRequest): Promise<Connection> {
  return apiSend('patch', '/v1/connections/{idOrName}', { path: { idOrName }, body: request });
}

/** Refused with 409 while published flow versions use the connection, unless `force`. */
export function deleteConnection(idOrName: string, options: { force?: boolean } = {}) {
  return apiSend('delete', '/v1/connections/{idOrName}', {
    path: { idOrName },
    ...(options.force ? { query: { force: 'true' } } : {}),
  });
}

/** Checks the stored credentials against the system (or only the schema when the connector has no check). */
export function testConnection(idOrName: string): Promise<ConnectionTestResult> {
  return apiSend('post', '/v1/connections/{idOrName}/test', { path: { idOrName } });
}

/** Starts an OAuth2 authorization-code grant: send the browser to `authorizationUrl`. */
export function authorizeConnection(idOrName: string): Promise<ApiSchema<'OAuth2Authorization'>> {
  return apiSend('post', '/v1/connections/{idOrName}/oauth2/authorize', { path: { idOrName } });
}
