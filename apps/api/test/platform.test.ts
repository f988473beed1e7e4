import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type RunningApi } from './running-api';

let api: RunningApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

describe('health', () => {
  it('reports liveness without looking at dependencies', async () => {
    const response = await api.request('GET', '/health');
    expect(response).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('reports ready when both the database and Temporal answer', async () => {
    const response = await api.request('GET', '/ready');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      status: 'ready',
      checks: { database: { status: 'up' }, temporal: { status: 'up' } },
    });
  });

  it('answers 503 naming Temporal when Temporal cannot be reached', async () => {
    const unreachable = await startApi({ TEMPORAL_ADDRESS: `127.0.0.1:${await closedPort()}` });
    try {
      const response = await unreachable.request('GET', '/ready');
      expect(response.status).toBe(503);
      expect(response.contentType).toContain('application/problem+json');
      expect(response.body).toMatchObject({
        code: 'not_ready',
        detail: 'Not ready: temporal is down.',
        checks: { database: { status: 'up' }, temporal: { status: 'down' } },
      });
    } finally {
      await unreachable.close();
    }
  });
});

describe('problem documents', () => {
  it('answers an unknown route with a 404 problem', async () => {
    const response = await api.request('GET', '/v2/nothing?token=abc');
    expect(response.status).toBe(404);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toEqual({
      type: 'https://tributary.dev/problems/route_not_found',
      code: 'route_not_found',
      title: 'Route not found',
      status: 404,
      detail: 'No route matches GET /v2/nothing.',
      instance: '/v2/nothing',
    });
  });

  it('answers a malformed JSON body with invalid_json', async () => {
    const response = await api.request('POST', '/v1/flows', '{"slug": "x",');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'invalid_json', instance: '/v1/flows' });
  });

  it('answers an unknown route with 404 even without credentials, not 401', async () => {
    const response = await api.request('POST', '/v1/nothing-here', {}, {}, { apiKey: null });
    expect(response.status).toBe(404);
    expect(response.body.code).toBe('route_not_found');
  });

  it('answers a body that is not JSON on a JSON endpoint with a 400 problem', async () => {
    const response = await api.request('POST', '/v1/api-keys', 'name=x&scopes=admin', {
      'content-type': 'text/plain',
    });
    expect(response.status).toBe(400);
    expect(response.contentType).toContain('application/problem+json');
    expect(response.body).toMatchObject({ code: 'invalid_request', errors: [{ path: '' }] });
  });

  it('answers a webhook body over the limit with a 413 problem', async () => {
    const response = await api.request(
      'POST',
      '/hooks/any/path',
      JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }),
      {},
      { apiKey: null },
    );
    expect(response.status).toBe(413);
    expect(response.contentType).toContain('application/problem+json');
  });

  it('answers a body over the limit with 413', async () => {
    const response = await api.request('POST', '/v1/flows', JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }));
    expect(response.status).toBe(413);
    expect(response.body.code).toBe('payload_too_large');
  });
});

describe('GET /openapi.json', () => {
  it('serves an OpenAPI 3.1 document describing every route with its problem responses', async () => {
    const response = await api.request('GET', '/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body;
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).toBe('Tributary API');
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'POST /v1/flows',
        'GET /v1/flows',
        'GET /v1/flows/{idOrSlug}',
        'PUT /v1/flows/{idOrSlug}',
        'POST /v1/flows/{idOrSlug}/publish',
        'GET /v1/flows/{idOrSlug}/versions',
        'GET /v1/flows/{idOrSlug}/versions/{version}',
        'POST /v1/connections',
        'GET /v1/connections',
        'GET /v1/connections/{idOrName}',
        'DELETE /v1/connections/{idOrName}',
        'GET /v1/runs',
        'GET /v1/runs/{id}',
        'POST /hooks/{path}',
        'GET /health',
        'GET /ready',
      ]),
    );
    const createFlow = document.paths['/v1/flows'].post;
    expect(createFlow.requestBody.content['application/json'].schema.$ref).toBe(
      '#/components/schemas/FlowCreateRequest',
    );
    expect(createFlow.responses['400'].content['application/problem+json'].schema.$ref).toBe(
      '#/components/schemas/ProblemDetails',
    );
    expect(document.components.schemas.FlowDefinition.properties.steps).toBeDefined();
  });

  it('serves Swagger UI for the same document at /docs', async () => {
    const response = await fetch(`${api.baseUrl}/docs`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('swagger-ui');
  });
});

/** A port nothing listens on: bind one, note it, release it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
