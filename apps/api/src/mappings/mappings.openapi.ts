import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { jsonResponse, problemResponses } from '../openapi/openapi-responses';
import { ListQuery } from '../pagination/list-page';
import {
  InferSchemaRequest,
  InferSchemaResponse,
  MappingCreateRequest,
  MappingList,
  MappingPathParams,
  MappingPreviewRequest,
  MappingPreviewResponse,
  MappingResource,
  MappingVersionCreateRequest,
  MappingVersionPathParams,
  MappingVersionResource,
} from './mappings.schemas';

const tags = ['mappings'];
const body = (schema: Parameters<typeof jsonResponse>[1]) => ({
  required: true,
  content: { 'application/json': { schema } },
});

export const mappingsPaths: ZodOpenApiPathsObject = {
  '/v1/mappings': {
    post: {
      tags,
      operationId: 'createMapping',
      summary: 'Store a field mapping; its definition becomes version 1',
      requestBody: body(MappingCreateRequest),
      responses: { '201': jsonResponse('The mapping', MappingResource), ...problemResponses(400, 409) },
    },
    get: {
      tags,
      operationId: 'listMappings',
      summary: 'List mappings, newest first',
      requestParams: { query: ListQuery },
      responses: { '200': jsonResponse('A page of mappings', MappingList), ...problemResponses(400) },
    },
  },
  '/v1/mappings/preview': {
    post: {
      tags,
      operationId: 'previewMapping',
      summary: 'Map sample records with a definition, without storing anything',
      description:
        'Answers one result per sample: the output and every field error. ' +
        'A definition that does not validate is a 400 problem listing each problem by its JSON path.',
      requestBody: body(MappingPreviewRequest),
      responses: { '200': jsonResponse('One result per sample', MappingPreviewResponse), ...problemResponses(400) },
    },
  },
  '/v1/mappings/infer-schema': {
    post: {
      tags,
      operationId: 'inferMappingSchema',
      summary: 'Derive a JSON Schema from a sample record (or several)',
      requestBody: body(InferSchemaRequest),
      responses: { '200': jsonResponse('The inferred schema', InferSchemaResponse), ...problemResponses(400) },
    },
  },
  '/v1/mappings/{id}': {
    get: {
      tags,
      operationId: 'getMapping',
      summary: 'Get a mapping by id or name, with its latest definition',
      requestParams: { path: MappingPathParams },
      responses: { '200': jsonResponse('The mapping', MappingResource), ...problemResponses(404) },
    },
  },
  '/v1/mappings/{id}/versions': {
    post: {
      tags,
      operationId: 'createMappingVersion',
      summary: 'Store the next immutable version of a mapping',
      requestParams: { path: MappingPathParams },
      requestBody: body(MappingVersionCreateRequest),
      responses: { '201': jsonResponse('The new version', MappingVersionResource), ...problemResponses(400, 404) },
    },
  },
  '/v1/mappings/{id}/versions/{version}': {
    get: {
      tags,
      operationId: 'getMappingVersion',
      summary: 'Get one version of a mapping',
      requestParams: { path: MappingVersionPathParams },
      responses: { '200': jsonResponse('The version', MappingVersionResource), ...problemResponses(400, 404) },
    },
  },
};
