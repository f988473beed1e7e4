import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { ListQuery } from '../pagination/list-page';
import {
  FlowCreateRequest,
  FlowList,
  FlowPathParams,
  FlowResource,
  FlowUpdateRequest,
  FlowVersionList,
  FlowVersionPathParams,
  FlowVersionResource,
} from './flows.schemas';

const tags = ['flows'];

export const flowsPaths: ZodOpenApiPathsObject = {
  '/v1/flows': {
    post: {
      tags,
      operationId: 'createFlow',
      summary: 'Create a flow with a draft definition',
      requestBody: { required: true, content: { 'application/json': { schema: FlowCreateRequest } } },
      responses: { '201': jsonResponse('The flow', FlowResource), ...problemResponses(400, 409) },
    },
    get: {
      tags,
      operationId: 'listFlows',
      summary: 'List flows, newest first',
      requestParams: { query: ListQuery },
      responses: { '200': jsonResponse('A page of flows', FlowList), ...problemResponses(400) },
    },
  },
  '/v1/flows/{idOrSlug}': {
    get: {
      tags,
      operationId: 'getFlow',
      summary: 'Get a flow by id or slug',
      requestParams: { path: FlowPathParams },
      responses: { '200': jsonResponse('The flow', FlowResource), ...problemResponses(404) },
    },
    put: {
      tags,
      operationId: 'updateFlowDraft',
      summary: "Replace a flow's draft",
      requestParams: { path: FlowPathParams },
      requestBody: { required: true, content: { 'application/json': { schema: FlowUpdateRequest } } },
      responses: { '200': jsonResponse('The flow', FlowResource), ...problemResponses(400, 404) },
    },
  },
  '/v1/flows/{idOrSlug}/publish': {
    post: {
      tags,
      operationId: 'publishFlow',
      summary: 'Publish the draft as the next immutable version',
      description: "Also points the flow's webhook trigger at the path the new version declares.",
      requestParams: { path: FlowPathParams },
      responses: {
        '201': jsonResponse('The new version', FlowVersionResource),
        ...problemResponses(400, 404, 409),
      },
    },
  },
  '/v1/flows/{idOrSlug}/versions': {
    get: {
      tags,
      operationId: 'listFlowVersions',
      summary: 'List published versions, newest first',
      requestParams: { path: FlowPathParams, query: ListQuery },
      responses: { '200': jsonResponse('A page of versions', FlowVersionList), ...problemResponses(400, 404) },
    },
  },
  '/v1/flows/{idOrSlug}/versions/{version}': {
    get: {
      tags,
      operationId: 'getFlowVersion',
      summary: 'Get one published version',
      requestParams: { path: FlowVersionPathParams },
      responses: { '200': jsonResponse('The version', FlowVersionResource), ...problemResponses(400, 404) },
    },
  },
};
