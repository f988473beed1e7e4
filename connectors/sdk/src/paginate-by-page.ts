import type { z } from 'zod';
import type { HttpClient, HttpRequest, HttpResponse } from './http-client';
import { readResumePosition, streamPages, type Page } from './page-stream';

export interface PaginateByPageOptions<TSchema extends z.ZodType> {
  /** the first page's request; every page repeats it with the page number (or offset) added to its query */
  request: HttpRequest & { responseSchema: TSchema };
  /** the page's items: an empty page, or one shorter than `pageSize`, is the last */
  items: (body: z.output<TSchema>) => readonly unknown[];
  /**
   * `page` (default): the parameter counts pages from `firstPage`;
   * `offset`: it counts items from 0, advancing by the items each page held.
   */
  numbering?: 'page' | 'offset';
  /** the query parameter; default `page`, or `offset` when numbering by offset */
  param?: string;
  /** the first page's number; default 1 (offsets always start at 0) */
  firstPage?: number;
  /** items per page: sent as `pageSizeParam` when that is set, and a shorter page ends the stream */
  pageSize?: number;
  pageSizeParam?: string;
  /** decides whether a page is followed by another, for APIs that say so (`has_more`, `total`); overrides the short-page rule */
  hasMore?: (body: z.output<TSchema>, response: HttpResponse<z.output<TSchema>>) => boolean;
  /** a `page.next` this helper yielded before, usually `ctx.resumeFrom`; `undefined` starts at the first page */
  resumeFrom?: unknown;
}

/** A page of a page-numbered (or offset) API; its positions are page numbers (or offsets). */
export type NumberedPage<TBody> = Page<TBody, number>;

/**
 * Streams the pages of an API numbered by page (`?page=2`) or by offset
 * (`?offset=200&limit=100`), one request per page, as the loop asks for them.
 * Each page's `next` is the page number (or offset) to continue from: heartbeat
 * it after processing the page, and pass `ctx.resumeFrom` back in, so a retried
 * attempt continues after the last page the crashed one finished.
 *
 * Without `hasMore`, the stream ends at the first empty page, or at the first
 * page shorter than `pageSize`: only give `pageSize` when the API never sends
 * fewer items than asked except on the last page.
 *
 * @example
 * for await (const page of paginateByPage(cmms, {
 *   request: { method: 'GET', url: 'assets', responseSchema: z.array(Asset) },
 *   items: (assets) => assets,
 *   pageSize: 100,
 *   pageSizeParam: 'per_page',
 *   resumeFrom: ctx.resumeFrom,
 * })) {
 *   await store.upsert(page.body);
 *   ctx.heartbeat(page.next);
 * }
 */
export async function* paginateByPage<TSchema extends z.ZodType>(
  client: HttpClient,
  options: PaginateByPageOptions<TSchema>,
): AsyncGenerator<NumberedPage<z.output<TSchema>>, void, undefined> {
  const { request, items, hasMore, pageSize, pageSizeParam } = options;
  const byOffset = options.numbering === 'offset';
  const param = options.param ?? (byOffset ? 'offset' : 'page');
  const first = byOffset ? 0 : (options.firstPage ?? 1);
  const resumed = readResumePosition(
    options.resumeFrom,
    (value): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= first,
    'paginateByPage',
    `an integer from ${first}`,
  );
  yield* streamPages(resumed === undefined ? first : resumed, async (position: number | undefined = first) => {
    const response = await client.request({
      ...request,
      query: {
        ...request.query,
        ...(pageSize !== undefined && pageSizeParam !== undefined ? { [pageSizeParam]: pageSize } : {}),
        [param]: position,
      },
    });
    const count = items(response.body).length;
    const more = hasMore
      ? hasMore(response.body, response)
      : count > 0 && (pageSize === undefined || count >= pageSize);
    if (!more) return { response, next: null };
    return { response, next: byOffset ? position + count : position + 1 };
  });
}
