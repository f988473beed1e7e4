import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { ListQuery } from '../pagination/list-page';
import {
  ConnectionCreateRequest,
  ConnectionList,
  ConnectionPathParams,
  ConnectionResource,
  DeletedConnection,
} from './connections.schemas';

const tags = ['connections'];

export const connectionsPaths: ZodOpenApiPathsObject = {
  '/v1/connections': {
    post: {
      tags,
      operationId: 'createConnection',
      summary: 'Store credentials for a connector',
      description: 'Secrets are encrypted at rest; no response ever contains them.',
      requestBody: { required: true, content: { 'application/json': { schema: ConnectionCreateRequest } } },
      responses: { '201': jsonResponse('The connection', ConnectionResource), ...problemResponses(400, 409) },
    },
    get: {
      tags,
      operationId: 'listConnections',
      summary: 'List connections, newest first',
      requestParams: { query: ListQuery },
      responses: { '200': jsonResponse('A page of connections', ConnectionList), ...problemResponses(400) },
    },
  },
  '/v1/connections/{idOrName}': {
    get: {
      tags,
      operationId: 'getConnection',
      summary: 'Get a connection by id or name',
      requestParams: { path: ConnectionPathParams },
      responses: { '200': jsonResponse('The connection', ConnectionResource), ...problemResponses(404) },
    },
    delete: {
      tags,
      operationId: 'deleteConnection',
      summary: 'Delete a connection and its secrets',
      requestParams: { path: ConnectionPathParams },
      responses: { '200': jsonResponse('Deleted', DeletedConnection), ...problemResponses(404) },
    },
  },
};
