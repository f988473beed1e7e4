import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { ListQuery } from '../pagination/list-page';
import {
  ApiKeyCreateRequest,
  ApiKeyList,
  ApiKeyPathParams,
  ApiKeyResource,
  ApiKeyWithSecret,
} from './api-keys.schemas';

const tags = ['api-keys'];

export const apiKeysPaths: ZodOpenApiPathsObject = {
  '/v1/api-keys': {
    post: {
      tags,
      operationId: 'createApiKey',
      summary: 'Create an API key; the key is in this response only',
      description: 'Only `sha256(key)` and a short prefix are stored. A key never gets a scope its creator lacks.',
      requestBody: { required: true, content: { 'application/json': { schema: ApiKeyCreateRequest } } },
      responses: { '201': jsonResponse('The key, with its secret', ApiKeyWithSecret), ...problemResponses(400) },
    },
    get: {
      tags,
      operationId: 'listApiKeys',
      summary: 'List API keys, newest first (never the keys themselves)',
      requestParams: { query: ListQuery },
      responses: { '200': jsonResponse('A page of API keys', ApiKeyList), ...problemResponses(400) },
    },
  },
  '/v1/api-keys/{id}': {
    get: {
      tags,
      operationId: 'getApiKey',
      summary: 'Get an API key',
      requestParams: { path: ApiKeyPathParams },
      responses: { '200': jsonResponse('The API key', ApiKeyResource), ...problemResponses(404) },
    },
    delete: {
      tags,
      operationId: 'revokeApiKey',
      summary: 'Revoke an API key; requests with it get 401 from now on',
      description: 'Revoking a revoked key changes nothing and returns it.',
      requestParams: { path: ApiKeyPathParams },
      responses: { '200': jsonResponse('The revoked key', ApiKeyResource), ...problemResponses(404) },
    },
  },
};
