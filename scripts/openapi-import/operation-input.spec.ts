import type { OpenAPIV3 } from 'openapi-types';
import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from './load-openapi-document';
import { operationInput } from './operation-input';
import { operationOutputSchema } from './operation-output';

const document: OpenApiDocument = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {},
  components: {
    parameters: { limit: { name: 'limit', in: 'query', schema: { type: 'integer' }, description: 'Page size' } },
  },
};

function input(pathItem: OpenAPIV3.PathItemObject, operation: Partial<OpenAPIV3.OperationObject>) {
  return operationInput(document, pathItem, { responses: {}, ...operation });
}

describe('operationInput', () => {
  it('merges path-level parameters, follows parameter refs and lets the operation override', () => {
    const result = input(
      { parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }] },
      {
        parameters: [
          { $ref: '#/components/parameters/limit' },
          { name: 'id', in: 'path', required: true, schema: { type: 'integer' }, description: 'numeric id' },
        ],
      },
    );
    expect(result).toEqual({
      fields: [
        expect.objectContaining({ key: 'id', location: 'path', required: true, description: 'numeric id' }),
        expect.objectContaining({ key: 'limit', location: 'query', required: false, description: 'Page size' }),
      ],
    });
  });

  it('adds a JSON body and keeps same-named parameters apart by location', () => {
    const result = input(
      {},
      {
        parameters: [
          { name: 'body', in: 'query', schema: { type: 'string' } },
          { name: 'trace', in: 'query', schema: { type: 'string' } },
          { name: 'trace', in: 'header', schema: { type: 'string' } },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
      },
    );
    expect('fields' in result && result.fields.map((field) => [field.key, field.location, field.wireName])).toEqual([
      ['queryBody', 'query', 'body'],
      ['queryTrace', 'query', 'trace'],
      ['headerTrace', 'header', 'trace'],
      ['body', 'body', 'body'],
    ]);
  });

  it('reports bodies without a JSON media type and required cookies as unsupported', () => {
    expect(input({}, { requestBody: { content: { 'application/xml': { schema: { type: 'object' } } } } })).toEqual({
      unsupported: expect.stringContaining('application/xml') as unknown as string,
    });
    expect(input({}, { parameters: [{ name: 'session', in: 'cookie', required: true }] })).toEqual({
      unsupported: 'cookie parameters are not supported (session)',
    });
  });
});

describe('operationOutputSchema', () => {
  it('takes the lowest 2xx with JSON content and ignores error responses', () => {
    const schema = operationOutputSchema(document, {
      responses: {
        '400': { description: 'bad', content: { 'application/json': { schema: { type: 'string' } } } },
        '201': { description: 'created', content: { 'application/hal+json': { schema: { type: 'number' } } } },
        '200': { description: 'ok', content: { 'text/plain': { schema: { type: 'string' } } } },
      },
    });
    expect(schema).toEqual({ type: 'number' });
    expect(operationOutputSchema(document, { responses: { '204': { description: 'none' } } })).toBeUndefined();
  });
});
