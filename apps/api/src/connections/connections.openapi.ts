import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { ListQuery } from '../pagination/list-page';
import {
  ConnectionCreateRequest,
  ConnectionDeleteQuery,
  ConnectionList,
  ConnectionPathParams,
  ConnectionResource,
  ConnectionTestResult,
  ConnectionUpdateQuery,
  ConnectionUpdateRequest,
  DeletedConnection,
  OAuth2AuthorizationResource,
  OAuth2CallbackQuery,
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
    patch: {
      tags,
      operationId: 'updateConnection',
      summary: 'Change a connection',
      description:
        '`config` and `secrets` are merged field by field (JSON Merge Patch, top level): a field not sent keeps its ' +
        'stored value, a value replaces it, `null` removes it. The audit event names the changed fields, never values.',
      requestParams: { path: ConnectionPathParams, query: ConnectionUpdateQuery },
      requestBody: { required: true, content: { 'application/json': { schema: ConnectionUpdateRequest } } },
      responses: {
        '200': jsonResponse('The changed connection', ConnectionResource),
        ...problemResponses(400, 404, 409),
      },
    },
    delete: {
      tags,
      operationId: 'deleteConnection',
      summary: 'Delete a connection and its secrets',
      description:
        'Refused with 409 `connection_in_use` (listing where) while a published flow version names the connection ' +
        'in a step, a compensation or its trigger, unless `?force=true`.',
      requestParams: { path: ConnectionPathParams, query: ConnectionDeleteQuery },
      responses: { '200': jsonResponse('Deleted', DeletedConnection), ...problemResponses(400, 404, 409) },
    },
  },
  '/v1/connections/{idOrName}/test': {
    post: {
      tags,
      operationId: 'testConnection',
      summary: 'Check that the stored credentials work',
      description:
        "A worker validates the connection against its connector's auth schema and runs the connector's check " +
        '(e.g. `SELECT 1`). A failed check is answered with 200 and `ok: false`; 504 when no worker answers in time ' +
        '(`CONNECTION_TEST_TIMEOUT_MS`, default 20 s). Messages never contain secret values.',
      requestParams: { path: ConnectionPathParams },
      responses: {
        '200': jsonResponse('The verdict', ConnectionTestResult),
        ...problemResponses(404, 503, 504),
      },
    },
  },
  '/v1/connections/{idOrName}/oauth2/authorize': {
    post: {
      tags,
      operationId: 'authorizeConnectionOAuth2',
      summary: 'Start the OAuth2 authorization-code flow',
      description:
        'Builds the provider URL from `config.authorizeUrl`, `config.clientId`, `config.scope` (and ' +
        '`config.authorizeParams`), with a single-use `state` and a PKCE S256 challenge valid for 10 minutes. The ' +
        'connection also needs `config.tokenUrl` and `secrets.clientSecret`; 409 `connection_not_oauth2_ready` ' +
        'lists what is missing.',
      requestParams: { path: ConnectionPathParams },
      responses: {
        '201': jsonResponse('Send the browser to authorizationUrl', OAuth2AuthorizationResource),
        ...problemResponses(404, 409),
      },
    },
  },
  '/v1/oauth2/callback': {
    get: {
      tags,
      operationId: 'completeConnectionOAuth2',
      summary: 'OAuth2 redirect target (called by the provider via the browser)',
      description:
        'Spends the `state`, exchanges the code (with the PKCE verifier and the client secret) at `config.tokenUrl` ' +
        'and stores `accessToken`, `refreshToken` and `expiresAt` among the encrypted secrets, then redirects (303) ' +
        'to `<PUBLIC_URL>/connections/<id>?oauth=connected`.',
      requestParams: { query: OAuth2CallbackQuery },
      responses: {
        '303': {
          description: "Connected: redirect to the connection's page",
          headers: { Location: { schema: { type: 'string', format: 'uri' } } },
        },
        ...problemResponses(400, 404, 502),
      },
    },
  },
};
