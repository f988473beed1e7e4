import type { z } from 'zod';
import type { HttpClient, HttpRequest, HttpResponse } from './http-client';
import { readResumePosition, streamPages, type Page } from './page-stream';

export interface PaginateByCursorOptions<TSchema extends z.ZodType> {
  /** the first page's request; later pages repeat it with the cursor added to its query */
  request: HttpRequest & { responseSchema: TSchema };
  /** the cursor of the page after this one; `null`, `undefined` or `''` when this is the last page */
  nextCursor: (
    body: z.output<TSchema>,
    response: HttpResponse<z.output<TSchema>>,
  ) => string | number | null | undefined;
  /** the query parameter the cursor goes in; default `cursor` */
  cursorParam?: string;
  /** a `page.next` this helper yielded before, usually `ctx.resumeFrom`; `undefined` starts at the first page */
  resumeFrom?: unknown;
}

/** A page of a cursor-paginated API; its positions are cursors. */
export type CursorPage<TBody> = Page<TBody, string>;

/**
 * Streams the pages of an API that hands out a cursor for the next page
 * (`?cursor=…`), one request per page, as the loop asks for them. Each page's
 * `next` is the cursor to continue from: heartbeat it after processing the
 * page, and pass `ctx.resumeFrom` back in, so a retried attempt continues after
 * the last page the crashed one finished.
 *
 * @example
 * const OrderPage = z.object({ orders: z.array(Order), next_cursor: z.string().nullable() });
 * for await (const page of paginateByCursor(erp, {
 *   request: { method: 'GET', url: 'orders', query: { limit: 100 }, responseSchema: OrderPage },
 *   nextCursor: (body) => body.next_cursor,
 *   resumeFrom: ctx.resumeFrom,
 * })) {
 *   await store.upsert(page.body.orders);
 *   ctx.heartbeat(page.next);
 * }
 */
export async function* paginateByCursor<TSchema extends z.ZodType>(
  client: HttpClient,
  options: PaginateByCursorOptions<TSchema>,
): AsyncGenerator<CursorPage<z.output<TSchema>>, void, undefined> {
  const { request, nextCursor, cursorParam = 'cursor' } = options;
  const start = readResumePosition(options.resumeFrom, isCursor, 'paginateByCursor', 'a cursor string');
  yield* streamPages(start, async (cursor: string | undefined) => {
    const response = await client.request({
      ...request,
      query: cursor === undefined ? request.query : { ...request.query, [cursorParam]: cursor },
    });
    const next = nextCursor(response.body, response);
    return { response, next: next === undefined || next === null || next === '' ? null : String(next) };
  });
}

function isCursor(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}
