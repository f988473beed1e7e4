import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { NonRetryableError } from './errors';
import { createHttpClient } from './http-client';
import { paginateByCursor } from './paginate-by-cursor';
import { expectRejection } from './testing/expect-rejection';
import { sendJson, startTestHttpServer, type TestHttpServer } from './testing/test-http-server';

const ITEMS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const ItemPage = z.object({ items: z.array(z.string()), next_cursor: z.string().nullable() });

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Three items a page; the cursor is the index of the next item, as an opaque string. */
async function startItemsApi(): Promise<TestHttpServer> {
  return startTestHttpServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    const from = Number(url.searchParams.get('after') ?? '0');
    const items = ITEMS.slice(from, from + 3);
    const next = from + 3 < ITEMS.length ? String(from + 3) : null;
    sendJson(res, 200, { items, next_cursor: next });
  });
}

function pages(options: { resumeFrom?: unknown } = {}) {
  if (!server) throw new Error('server not started');
  return paginateByCursor(createHttpClient({ baseUrl: server.url }), {
    request: { method: 'GET', url: '/items', query: { limit: 3 }, responseSchema: ItemPage },
    nextCursor: (body) => body.next_cursor,
    cursorParam: 'after',
    ...options,
  });
}

describe('paginateByCursor', () => {
  it('streams every page, sending each cursor the previous page gave, until a page has none', async () => {
    server = await startItemsApi();
    const seen: Array<{ items: string[]; position: string | undefined; next: string | null }> = [];
    for await (const page of pages()) {
      expectTypeOf(page.body).toEqualTypeOf<{ items: string[]; next_cursor: string | null }>();
      seen.push({ items: page.body.items, position: page.position, next: page.next });
    }

    expect(seen).toEqual([
      { items: ['a', 'b', 'c'], position: undefined, next: '3' },
      { items: ['d', 'e', 'f'], position: '3', next: '6' },
      { items: ['g'], position: '6', next: null },
    ]);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/items?limit=3',
      '/items?limit=3&after=3',
      '/items?limit=3&after=6',
    ]);
  });

  it('fetches a page only when the loop asks for it', async () => {
    server = await startItemsApi();
    for await (const page of pages()) {
      expect(page.body.items).toEqual(['a', 'b', 'c']);
      break;
    }
    expect(server.requests).toHaveLength(1);
  });

  it('resumes after the last page whose next was heartbeated, without fetching earlier pages again', async () => {
    server = await startItemsApi();
    let heartbeat: unknown;
    const processed: string[] = [];
    await expect(
      (async () => {
        for await (const page of pages()) {
          if (page.position === '3') throw new Error('worker crashed while processing the second page');
          processed.push(...page.body.items);
          heartbeat = page.next;
        }
      })(),
    ).rejects.toThrow('worker crashed');

    for await (const page of pages({ resumeFrom: heartbeat })) {
      processed.push(...page.body.items);
      heartbeat = page.next;
    }

    expect(processed).toEqual(ITEMS);
    expect(server.requests.map((request) => request.url)).toEqual([
      '/items?limit=3',
      '/items?limit=3&after=3',
      '/items?limit=3&after=3',
      '/items?limit=3&after=6',
    ]);
    expect(heartbeat).toBeNull();
  });

  it('yields nothing when resumed after the last page, so a finished sync is not redone', async () => {
    server = await startItemsApi();
    const yielded = [];
    for await (const page of pages({ resumeFrom: null })) yielded.push(page);
    expect(yielded).toEqual([]);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a resume position that is not a cursor, before sending anything', async () => {
    server = await startItemsApi();
    const error = await expectRejection(pages({ resumeFrom: { page: 2 } }).next(), NonRetryableError);
    expect(error.code).toBe('INVALID_RESUME_POSITION');
    expect(server.requests).toHaveLength(0);
  });

  it('stops with an error when the API hands back the cursor it was given', async () => {
    server = await startTestHttpServer((_req, res) => sendJson(res, 200, { items: ['x'], next_cursor: 'same' }));
    const stream = pages({ resumeFrom: 'same' });
    const error = await expectRejection(stream.next(), NonRetryableError);
    expect(error.code).toBe('PAGINATION_LOOP');
  });
});
