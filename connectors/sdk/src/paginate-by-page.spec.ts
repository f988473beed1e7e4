import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NonRetryableError } from './errors';
import { createHttpClient } from './http-client';
import { paginateByPage, type PaginateByPageOptions } from './paginate-by-page';
import { expectRejection } from './testing/expect-rejection';
import { sendJson, startTestHttpServer, type TestHttpServer } from './testing/test-http-server';

const ASSETS = Array.from({ length: 7 }, (_, index) => `asset-${index + 1}`);
const AssetList = z.array(z.string());

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Serves ASSETS by `page`/`per_page` and by `offset`/`limit`; `maxPageSize` caps what a page holds. */
async function startAssetsApi(maxPageSize = 100): Promise<TestHttpServer> {
  return startTestHttpServer((req, res) => {
    const query = new URL(req.url, 'http://localhost').searchParams;
    const size = Math.min(Number(query.get('per_page') ?? query.get('limit') ?? 3), maxPageSize);
    const from = query.has('offset') ? Number(query.get('offset')) : (Number(query.get('page') ?? '1') - 1) * size;
    const assets = ASSETS.slice(from, from + size);
    sendJson(res, 200, assets, { 'x-has-more': String(from + assets.length < ASSETS.length) });
  });
}

function assetPages(options: Partial<PaginateByPageOptions<typeof AssetList>> = {}) {
  if (!server) throw new Error('server not started');
  return paginateByPage(createHttpClient({ baseUrl: server.url }), {
    request: { method: 'GET', url: '/assets', responseSchema: AssetList },
    items: (assets) => assets,
    ...options,
  });
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

describe('paginateByPage', () => {
  it('counts pages from 1 and ends at the first page shorter than the page size', async () => {
    server = await startAssetsApi();
    const pages = await collect(assetPages({ pageSize: 3, pageSizeParam: 'per_page' }));

    expect(pages.map((page) => [page.position, page.body, page.next])).toEqual([
      [1, ['asset-1', 'asset-2', 'asset-3'], 2],
      [2, ['asset-4', 'asset-5', 'asset-6'], 3],
      [3, ['asset-7'], null],
    ]);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/assets?per_page=3&page=1',
      '/assets?per_page=3&page=2',
      '/assets?per_page=3&page=3',
    ]);
  });

  it('advances an offset by the items each page held and asks the API whether more follow', async () => {
    server = await startAssetsApi(2);
    const pages = await collect(
      assetPages({
        numbering: 'offset',
        pageSize: 5,
        pageSizeParam: 'limit',
        hasMore: (_assets, response) => response.headers['x-has-more'] === 'true',
      }),
    );

    // The server caps pages at 2 items although 5 were asked for: the short-page rule would stop after one page.
    expect(pages.flatMap((page) => page.body)).toEqual(ASSETS);
    expect(pages.map((page) => [page.position, page.next])).toEqual([
      [0, 2],
      [2, 4],
      [4, 6],
      [6, null],
    ]);
    expect(server.requests[1]?.url).toBe('/assets?limit=5&offset=2');
  });

  it('ends at the first empty page when it does not know the page size', async () => {
    server = await startAssetsApi();
    const pages = await collect(assetPages());
    expect(pages.map((page) => [page.position, page.body.length, page.next])).toEqual([
      [1, 3, 2],
      [2, 3, 3],
      [3, 1, 4],
      [4, 0, null],
    ]);
  });

  it('resumes from a heartbeated next page without fetching the pages before it', async () => {
    server = await startAssetsApi();
    const pages = await collect(assetPages({ pageSize: 3, pageSizeParam: 'per_page', resumeFrom: 3 }));
    expect(pages.map((page) => page.body)).toEqual([['asset-7']]);
    expect(server.requests.map((request) => request.url)).toEqual(['/assets?per_page=3&page=3']);
  });

  it('refuses a resume position before the first page', async () => {
    server = await startAssetsApi();
    const error = await expectRejection(assetPages({ resumeFrom: 0 }).next(), NonRetryableError);
    expect(error.code).toBe('INVALID_RESUME_POSITION');
    expect(error.message).toContain('expected an integer from 1');
  });
});
