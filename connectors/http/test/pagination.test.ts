import { HttpError, InvalidInputError, NonRetryableError, RetryableError } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { sendJson, startTestHttpServer, type TestHttpServer } from '@tributary/connector-sdk/testing/test-http-server';
import { afterEach, describe, expect, it } from 'vitest';
import { runRequest } from './run-request';

const TOKEN = 'pag1nat10n-t0ken';
let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Parameters<typeof startTestHttpServer>[0]): Promise<TestHttpServer> {
  server = await startTestHttpServer(handler);
  return server;
}

const ITEMS = Array.from({ length: 7 }, (_, index) => ({ id: index + 1 }));

function query(url: string): URLSearchParams {
  return new URL(url, 'http://x').searchParams;
}

describe('http connector: pagination', () => {
  it('follows Link rel="next" headers and returns the items of every page', async () => {
    const api = await serve((req, res) => {
      const page = Number(query(req.url).get('page') ?? '1');
      const link: Record<string, string> = page < 3 ? { link: `</items?page=${page + 1}>; rel="next"` } : {};
      sendJson(res, 200, ITEMS.slice((page - 1) * 3, page * 3), link);
    });
    const output = await runRequest({ method: 'GET', url: `${api.url}/items`, paginate: { style: 'linkHeader' } });

    expect(output).toMatchObject({ status: 200, body: ITEMS, pages: 3, hasMore: false });
    expect(api.requests.map((request) => request.url)).toEqual(['/items', '/items?page=2', '/items?page=3']);
  });

  it('follows a cursor found at a path in the body, collecting items from another path', async () => {
    const api = await serve((req, res) => {
      const cursor = query(req.url).get('after');
      const start = cursor === null ? 0 : Number(cursor);
      const next = start + 3 < ITEMS.length ? String(start + 3) : null;
      sendJson(res, 200, { data: { items: ITEMS.slice(start, start + 3) }, meta: { next } });
    });
    const output = await runRequest({
      method: 'GET',
      url: `${api.url}/items`,
      query: { limit: 3 },
      paginate: { style: 'cursor', cursorPath: 'meta.next', cursorParam: 'after', itemsPath: 'data.items' },
    });

    expect(output).toMatchObject({ body: ITEMS, pages: 3, hasMore: false });
    expect(api.requests.map((request) => request.url)).toEqual([
      '/items?limit=3',
      '/items?limit=3&after=3',
      '/items?limit=3&after=6',
    ]);
  });

  it('counts pages until a short page, and stops at maxPages saying more were left', async () => {
    const api = await serve((req, res) => {
      const page = Number(query(req.url).get('p'));
      sendJson(res, 200, { results: ITEMS.slice(page * 3, page * 3 + 3) });
    });
    const all = await runRequest({
      method: 'GET',
      url: api.url,
      paginate: { style: 'page', param: 'p', firstPage: 0, pageSize: 3, pageSizeParam: 'size', itemsPath: 'results' },
    });
    expect(all).toMatchObject({ body: ITEMS, pages: 3, hasMore: false });
    expect(query(api.requests[0]?.url ?? '').get('size')).toBe('3');

    const capped = await runRequest({
      method: 'GET',
      url: api.url,
      paginate: { style: 'page', param: 'p', firstPage: 0, pageSize: 3, itemsPath: 'results', maxPages: 2 },
    });
    expect(capped).toMatchObject({ body: ITEMS.slice(0, 6), pages: 2, hasMore: true });
  });

  it('returns the page bodies when pages are not lists and no itemsPath is given', async () => {
    const api = await serve((req, res) => {
      const page = Number(query(req.url).get('page') ?? '1');
      const link: Record<string, string> = page < 2 ? { link: `<?page=${page + 1}>; rel="next"` } : {};
      sendJson(res, 200, { page }, link);
    });
    const output = await runRequest({ method: 'GET', url: api.url, paginate: { style: 'linkHeader' } });
    expect(output.body).toEqual([{ page: 1 }, { page: 2 }]);
  });

  it('fails clearly when a page has no items where itemsPath points', async () => {
    const api = await serve((_req, res) => sendJson(res, 200, { data: 'nope' }));
    const error = await expectRejection(
      runRequest({ method: 'GET', url: api.url, paginate: { style: 'page', itemsPath: 'data' } }),
      NonRetryableError,
    );
    expect(error.code).toBe('UNEXPECTED_RESPONSE');
    expect(error.message).toContain('without an items array at data');
  });

  it('rejects incomplete or contradictory pagination input, naming the fields, before any request', async () => {
    const api = await serve((_req, res) => sendJson(res, 200, []));
    const error = await expectRejection(
      runRequest({
        method: 'GET',
        url: api.url,
        responseType: 'binary',
        // @ts-expect-error cursor pagination needs a cursorPath
        paginate: { style: 'cursor', maxPages: 0 },
      }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['paginate.cursorPath', 'paginate.maxPages']);
    expect(api.requests).toHaveLength(0);

    const combined = await expectRejection(
      runRequest({ method: 'GET', url: api.url, responseType: 'binary', paginate: { style: 'linkHeader' } }),
      InvalidInputError,
    );
    expect(combined.issues).toEqual([{ path: 'responseType', message: 'must be auto or json with paginate' }]);
    expect(api.requests).toHaveLength(0);
  });

  it('fails on a 401 in the middle as non-retryable, without the token', async () => {
    const api = await serve((req, res, index) =>
      index === 0
        ? sendJson(res, 200, [1], { link: '</next>; rel="next"' })
        : sendJson(res, 401, { error: 'expired', got: req.headers.authorization }),
    );
    const error = await expectRejection(
      runRequest({ method: 'GET', url: api.url, paginate: { style: 'linkHeader' } }, { type: 'bearer', token: TOKEN }),
      HttpError,
    );
    expect(error.status).toBe(401);
    expect(error.retryable).toBe(false);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it('times out a page that never comes', async () => {
    const api = await serve((_req, res, index) =>
      index === 0 ? sendJson(res, 200, [1], { link: '</next>; rel="next"' }) : undefined,
    );
    const error = await expectRejection(
      runRequest({ method: 'GET', url: api.url, timeoutMs: 300, paginate: { style: 'linkHeader' } }),
      RetryableError,
    );
    expect(error.code).toBe('TIMEOUT');
    expect(error.message).toBe(`GET ${api.url}/next timed out after 300 ms`);
  });

  it('waits out a 429 on a later page and carries on', async () => {
    const api = await serve((_req, res, index) => {
      if (index === 0) return sendJson(res, 200, [1], { link: '</next>; rel="next"' });
      if (index === 1) return res.writeHead(429, { 'retry-after': '1' }).end();
      sendJson(res, 200, [2]);
    });
    const output = await runRequest({ method: 'GET', url: api.url, paginate: { style: 'linkHeader' } });
    expect(output).toMatchObject({ body: [1, 2], pages: 2 });
    expect((api.requests[2]?.receivedAt ?? 0) - (api.requests[1]?.receivedAt ?? 0)).toBeGreaterThanOrEqual(950);
  });
});
