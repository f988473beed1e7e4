import {
  executeAction,
  HttpError,
  InvalidInputError,
  NonRetryableError,
  type Connector,
} from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { sendJson, startTestHttpServer, type TestHttpServer } from '@tributary/connector-sdk/testing/test-http-server';
import { afterEach, describe, expect, it } from 'vitest';
import connector from '../src/index';

/** The generated actions against a local server that answers like the Petstore's /api/v3. */

const doggie = { id: 7, name: 'doggie', photoUrls: ['https://img.example/7.png'], status: 'available' };

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function petstoreAt(url: string, auth: Record<string, unknown> = { type: 'none' }) {
  return { ...auth, baseUrl: `${url}/api/v3` };
}

describe('generated petstore actions', () => {
  it('addPet posts the pet as JSON to /pet and returns the stored pet', async () => {
    server = await startTestHttpServer((request, response) =>
      sendJson(response, 200, { id: 7, ...(JSON.parse(request.body) as object) }),
    );
    const pet = await executeAction(connector, 'addPet', {
      input: { body: { name: 'doggie', photoUrls: ['https://img.example/7.png'], tags: [{ id: 1, name: 'good' }] } },
      auth: petstoreAt(server.url, { type: 'bearer', token: 'oauth-access-token' }),
      idempotencyKey: 'run_1:add',
    });
    expect(pet).toEqual({
      id: 7,
      name: 'doggie',
      photoUrls: ['https://img.example/7.png'],
      tags: [{ id: 1, name: 'good' }],
    });
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/api/v3/pet');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.authorization).toBe('Bearer oauth-access-token');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      name: 'doggie',
      photoUrls: ['https://img.example/7.png'],
      tags: [{ id: 1, name: 'good' }],
    });
  });

  it('getPetById fills the path template and sends the api_key header of the connection', async () => {
    server = await startTestHttpServer((_request, response) => sendJson(response, 200, doggie));
    const pet = await executeAction(connector, 'getPetById', {
      input: { petId: 7 },
      auth: petstoreAt(server.url, { type: 'apiKey', apiKey: 'special-key' }),
      idempotencyKey: 'run_1:get',
    });
    expect(pet).toEqual(doggie);
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/api/v3/pet/7' });
    expect(server.requests[0]?.headers.api_key).toBe('special-key');
    expect(server.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('findPetsByStatus sends the status query, with the document default when it is left out', async () => {
    server = await startTestHttpServer((_request, response) => sendJson(response, 200, [doggie]));
    const auth = petstoreAt(server.url);
    const sold = await executeAction(connector, 'findPetsByStatus', {
      input: { status: 'sold' },
      auth,
      idempotencyKey: 'run_1:find',
    });
    await executeAction(connector, 'findPetsByStatus', { input: {}, auth, idempotencyKey: 'run_1:find2' });
    expect(sold).toEqual([doggie]);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/api/v3/pet/findByStatus?status=sold',
      '/api/v3/pet/findByStatus?status=available',
    ]);
  });

  it('findPetsByTags repeats the query parameter for each tag (explode: true)', async () => {
    server = await startTestHttpServer((_request, response) => sendJson(response, 200, []));
    await executeAction(connector, 'findPetsByTags', {
      input: { tags: ['tag1', 'tag 2'] },
      auth: petstoreAt(server.url),
      idempotencyKey: 'run_1:tags',
    });
    expect(server.requests[0]?.url).toBe('/api/v3/pet/findByTags?tags=tag1&tags=tag+2');
  });

  it('deletePet sends DELETE with the api_key header parameter of the operation', async () => {
    server = await startTestHttpServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('Pet deleted');
    });
    const output = await executeAction(connector, 'deletePet', {
      input: { petId: 7, api_key: 'owner-key' },
      auth: petstoreAt(server.url),
      idempotencyKey: 'run_1:delete',
    });
    expect(output).toBe('Pet deleted');
    expect(server.requests[0]).toMatchObject({ method: 'DELETE', url: '/api/v3/pet/7', body: '' });
    expect(server.requests[0]?.headers.api_key).toBe('owner-key');
  });

  it('refuses invalid input, naming the field, without sending a request', async () => {
    server = await startTestHttpServer((_request, response) => sendJson(response, 200, doggie));
    const untyped: Connector = connector;
    const badId = await expectRejection(
      executeAction(untyped, 'getPetById', {
        input: { petId: 'seven' },
        auth: petstoreAt(server.url),
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(badId.issues.map((issue) => issue.path)).toEqual(['petId']);
    const noName = await expectRejection(
      executeAction(untyped, 'addPet', {
        input: { body: { photoUrls: [] } },
        auth: petstoreAt(server.url),
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(noName.message).toContain('body.name');
    const badStatus = await expectRejection(
      executeAction(untyped, 'findPetsByStatus', {
        input: { status: 'lost' },
        auth: petstoreAt(server.url),
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(badStatus.issues[0]?.path).toBe('status');
    expect(server.requests).toHaveLength(0);
  });

  it('turns a 404 into a non-retryable HttpError after a single request', async () => {
    server = await startTestHttpServer((_request, response) =>
      sendJson(response, 404, { code: 'not_found', message: 'Pet not found' }),
    );
    const error = await expectRejection(
      executeAction(connector, 'getPetById', {
        input: { petId: 404 },
        auth: petstoreAt(server.url),
        idempotencyKey: 'k',
      }),
      HttpError,
    );
    expect(error.status).toBe(404);
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('Pet not found');
    expect(server.requests).toHaveLength(1);
  });

  it('waits out a 429 with Retry-After and then succeeds', async () => {
    server = await startTestHttpServer((_request, response, index) => {
      if (index === 0) return sendJson(response, 429, { message: 'slow down' }, { 'retry-after': '1' });
      sendJson(response, 200, { available: 3, sold: 1 });
    });
    const inventory = await executeAction(connector, 'getInventory', {
      input: {},
      auth: petstoreAt(server.url, { type: 'apiKey', apiKey: 'special-key' }),
      idempotencyKey: 'k',
    });
    expect(inventory).toEqual({ available: 3, sold: 1 });
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests;
    expect(second!.receivedAt - first!.receivedAt).toBeGreaterThanOrEqual(950);
  });

  it('keeps the API key out of the error when the API echoes it back', async () => {
    server = await startTestHttpServer((request, response) =>
      sendJson(response, 401, { message: `key ${String(request.headers.api_key)} is revoked` }),
    );
    const error = await expectRejection(
      executeAction(connector, 'getInventory', {
        input: {},
        auth: petstoreAt(server.url, { type: 'apiKey', apiKey: 'leaky-key-123' }),
        idempotencyKey: 'k',
      }),
      HttpError,
    );
    expect(error.status).toBe(401);
    expect(JSON.stringify(error.toJSON())).not.toContain('leaky-key-123');
  });

  it('rejects a success body that does not match the response schema of the document', async () => {
    server = await startTestHttpServer((_request, response) => sendJson(response, 200, { id: 7, name: 'no photos' }));
    const error = await expectRejection(
      executeAction(connector, 'getPetById', {
        input: { petId: 7 },
        auth: petstoreAt(server.url),
        idempotencyKey: 'k',
      }),
      NonRetryableError,
    );
    expect(error.code).toBe('UNEXPECTED_RESPONSE');
    expect(error.message).toContain('photoUrls');
  });

  it('calls the public Petstore when the connection gives no baseUrl', () => {
    const auth = connector.auth.parse({ type: 'apiKey', apiKey: 'special-key' });
    expect(auth.baseUrl).toBe('https://petstore3.swagger.io/api/v3');
  });
});
