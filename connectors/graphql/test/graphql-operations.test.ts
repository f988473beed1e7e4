import {
  executeAction,
  InvalidConnectionError,
  InvalidInputError,
  NonRetryableError,
  RetryableError,
  type Connector,
  type ConnectorLogger,
} from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import {
  sendJson,
  startTestHttpServer,
  type ReceivedRequest,
  type TestHttpServer,
} from '@tributary/connector-sdk/testing/test-http-server';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { GraphqlAuth } from '../src/auth';
import type { GraphqlOperationInput } from '../src/client';

const SECRET = 'gql_live_Zx9/+=&q?7';

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Parameters<typeof startTestHttpServer>[0] = tinyGraphqlApi): Promise<TestHttpServer> {
  server = await startTestHttpServer(handler);
  return server;
}

function run(action: 'query' | 'mutate', input: GraphqlOperationInput, auth: GraphqlAuth, logger?: ConnectorLogger) {
  return executeAction(connector, action, {
    input,
    auth,
    idempotencyKey: 'run_test:step_gql',
    ...(logger ? { logger } : {}),
  });
}

function capturingLogger(): ConnectorLogger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void lines.push(JSON.stringify({ level, message, fields }));
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

interface GraphqlRequestBody {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

const USERS: Record<string, { id: string; name: string; email: string | null }> = {
  '1': { id: '1', name: 'Ada', email: 'ada@example.com' },
  '2': { id: '2', name: 'Grace', email: null },
};

/**
 * A hand-written GraphQL-over-HTTP server for a tiny schema:
 * `user(id: ID!): User`, `users: [User]` (email of user 2 is not readable) and `createUser(name: String!): User`.
 * It dispatches on the first root field of the document, which is all these tests need.
 */
function tinyGraphqlApi(req: ReceivedRequest, res: ServerResponse): void {
  const { query, variables = {} } = JSON.parse(req.body) as GraphqlRequestBody;
  const rootField = /\{\s*(\w+)/.exec(query)?.[1];
  const reply = (body: unknown) => sendJson(res, 200, body, { 'content-type': 'application/graphql-response+json' });
  switch (rootField) {
    case 'user': {
      const user = USERS[String(variables.id)];
      if (user) return reply({ data: { user: { id: user.id, name: user.name } }, extensions: { cost: 1 } });
      return reply({
        data: { user: null },
        errors: [{ message: `User ${String(variables.id)} not found`, path: ['user'] }],
      });
    }
    case 'users':
      return reply({
        data: {
          users: [
            { id: '1', email: USERS['1']?.email },
            { id: '2', email: null },
          ],
        },
        errors: [{ message: 'Not authorised to read email', path: ['users', 1, 'email'] }],
      });
    case 'createUser':
      return reply({ data: { createUser: { id: '3', name: variables.name } } });
    default:
      return reply({
        errors: [
          { message: `Cannot query field "${rootField}" on type "Query".`, locations: [{ line: 1, column: 3 }] },
          { message: 'Variable "$x" is never used.' },
        ],
      });
  }
}

const USER_QUERY = 'query GetUser($id: ID!) { user(id: $id) { id name } }';

describe('graphql connector: query and mutate actions', () => {
  it('posts the query, variables and operation name and returns data and extensions', async () => {
    const api = await serve();
    const output = await run(
      'query',
      { query: USER_QUERY, variables: { id: '1' }, operationName: 'GetUser' },
      { type: 'none', endpoint: `${api.url}/graphql` },
    );

    expect(output).toEqual({ data: { user: { id: '1', name: 'Ada' } }, extensions: { cost: 1 } });
    const request = api.requests[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/graphql');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers.accept).toContain('application/graphql-response+json');
    expect(JSON.parse(request?.body ?? '')).toEqual({
      query: USER_QUERY,
      variables: { id: '1' },
      operationName: 'GetUser',
    });
  });

  it('runs a mutation with its variables and sends the step idempotency key', async () => {
    const api = await serve();
    const output = await run(
      'mutate',
      { query: 'mutation($name: String!) { createUser(name: $name) { id name } }', variables: { name: 'Linus' } },
      { type: 'none', endpoint: api.url },
    );

    expect(output.data).toEqual({ createUser: { id: '3', name: 'Linus' } });
    expect(api.requests[0]?.headers['idempotency-key']).toBe('run_test:step_gql');
  });

  it('fails with a non-retryable error that lists each GraphQL error message and path', async () => {
    const api = await serve();
    const error = await expectRejection(
      run('query', { query: USER_QUERY, variables: { id: '9' } }, { type: 'none', endpoint: api.url }),
      NonRetryableError,
    );

    expect(error.code).toBe('GRAPHQL_ERRORS');
    expect(error.retryable).toBe(false);
    expect(error.message).toBe(
      'GraphQL endpoint returned 1 error with partial data (set allowPartial to accept it): User 9 not found (at user)',
    );
    expect(error.details).toEqual({ errors: [{ message: 'User 9 not found', path: ['user'] }], partialData: true });
    expect(api.requests).toHaveLength(1);
  });

  it('lists every error of a response without data', async () => {
    const api = await serve();
    const error = await expectRejection(
      run('query', { query: '{ nope }' }, { type: 'none', endpoint: api.url }),
      NonRetryableError,
    );
    expect(error.message).toBe(
      'GraphQL endpoint returned 2 errors: Cannot query field "nope" on type "Query".; Variable "$x" is never used.',
    );
  });

  it('fails on partial data with errors unless allowPartial is set', async () => {
    const api = await serve();
    const error = await expectRejection(
      run('query', { query: '{ users { id email } }' }, { type: 'none', endpoint: api.url }),
      NonRetryableError,
    );
    expect(error.message).toBe(
      'GraphQL endpoint returned 1 error with partial data (set allowPartial to accept it): ' +
        'Not authorised to read email (at users.1.email)',
    );
  });

  it('returns partial data together with the errors when allowPartial is set', async () => {
    const api = await serve();
    const output = await run(
      'query',
      { query: '{ users { id email } }', allowPartial: true },
      { type: 'none', endpoint: api.url },
    );
    expect(output).toEqual({
      data: {
        users: [
          { id: '1', email: 'ada@example.com' },
          { id: '2', email: null },
        ],
      },
      errors: [{ message: 'Not authorised to read email', path: ['users', 1, 'email'] }],
    });
  });

  it('still fails with allowPartial when the response carries no data at all', async () => {
    const api = await serve();
    const error = await expectRejection(
      run('query', { query: '{ nope }', allowPartial: true }, { type: 'none', endpoint: api.url }),
      NonRetryableError,
    );
    expect(error.code).toBe('GRAPHQL_ERRORS');
    expect(error.details).toMatchObject({ partialData: false });
  });

  it('waits as long as a 429 Retry-After asks and then succeeds', async () => {
    const api = await serve((req, res, index) =>
      index === 0 ? res.writeHead(429, { 'retry-after': '1' }).end() : tinyGraphqlApi(req, res),
    );
    const output = await run(
      'query',
      { query: USER_QUERY, variables: { id: '2' } },
      { type: 'none', endpoint: api.url },
    );

    expect(output.data).toEqual({ user: { id: '2', name: 'Grace' } });
    expect(api.requests).toHaveLength(2);
    const [first, second] = api.requests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
    expect(second?.body).toBe(first?.body);
  });

  it('awaits the connection’s throttle before each attempt', async () => {
    const api = await serve((req, res, index) =>
      index === 0 ? res.writeHead(503, { 'retry-after': '0' }).end() : tinyGraphqlApi(req, res),
    );
    let throttled = 0;

    await executeAction(connector, 'query', {
      input: { query: USER_QUERY, variables: { id: '2' } },
      auth: { type: 'none', endpoint: api.url },
      idempotencyKey: 'run_1:step_1',
      throttle: async () => {
        throttled++;
      },
    });

    expect(api.requests).toHaveLength(2);
    expect(throttled).toBe(2);
  });

  it('sends a bearer token', async () => {
    const api = await serve();
    await run(
      'query',
      { query: USER_QUERY, variables: { id: '1' } },
      { type: 'bearer', endpoint: api.url, token: SECRET },
    );
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it('sends an API key in the named header', async () => {
    const api = await serve();
    await run(
      'query',
      { query: USER_QUERY, variables: { id: '1' } },
      { type: 'apiKey', endpoint: api.url, header: 'X-API-Key', value: SECRET },
    );
    expect(api.requests[0]?.headers['x-api-key']).toBe(SECRET);
  });

  it('turns a 401 into a non-retryable credentials error that does not reveal the token', async () => {
    const api = await serve((req, res) =>
      sendJson(res, 401, { errors: [{ message: `bad token ${String(req.headers.authorization)}` }] }),
    );
    const logger = capturingLogger();
    const error = await expectRejection(
      run(
        'query',
        { query: USER_QUERY, variables: { id: '1' } },
        { type: 'bearer', endpoint: api.url, token: SECRET },
        logger,
      ),
      NonRetryableError,
    );

    expect(error.code).toBe('AUTH_FAILED');
    expect(error.retryable).toBe(false);
    expect(error.message).toBe(
      `GraphQL endpoint rejected the connection’s credentials: POST ${api.url}/ → 401 Unauthorized: ` +
        '{"errors":[{"message":"bad token Bearer [REDACTED]"}]}',
    );
    expect(api.requests).toHaveLength(1);
    const visible = [error.message, error.stack ?? '', JSON.stringify(error), ...logger.lines].join('\n');
    expect(visible).not.toContain(SECRET);
  });

  it('times out an endpoint that gets stuck with a retryable timeout error', async () => {
    const api = await serve(() => undefined); // never answers
    const started = Date.now();
    const error = await expectRejection(
      run('query', { query: USER_QUERY, timeoutMs: 300 }, { type: 'none', endpoint: `${api.url}/graphql` }),
      RetryableError,
    );

    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe(`POST ${api.url}/graphql timed out after 300 ms`);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('rejects a 200 that is not a GraphQL response', async () => {
    const api = await serve((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Login</h1>'));
    const error = await expectRejection(
      run('query', { query: USER_QUERY }, { type: 'none', endpoint: api.url }),
      NonRetryableError,
    );
    expect(error.code).toBe('UNEXPECTED_RESPONSE');
  });

  it('rejects invalid step input, naming each field, before sending anything', async () => {
    const api = await serve();
    const loaded: Connector = connector; // step input arrives as untyped JSON in the worker
    const error = await expectRejection(
      executeAction(loaded, 'query', {
        input: { query: '  ', variables: ['1'], timeoutMs: 0, retries: 3 },
        auth: { type: 'none', endpoint: api.url },
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );

    expect(error.issues.map((issue) => issue.path)).toEqual(['query', 'variables', 'timeoutMs', '']);
    expect(api.requests).toHaveLength(0);
  });

  it('rejects a connection without a valid endpoint, naming the field', async () => {
    const loaded: Connector = connector;
    const error = await expectRejection(
      executeAction(loaded, 'query', {
        input: { query: USER_QUERY },
        auth: { type: 'bearer', endpoint: 'not a url', token: SECRET },
        idempotencyKey: 'k',
      }),
      InvalidConnectionError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['endpoint']);
    expect(error.message).not.toContain(SECRET);
  });
});
