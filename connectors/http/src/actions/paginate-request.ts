import {
  NonRetryableError,
  paginateByCursor,
  paginateByLinkHeader,
  paginateByPage,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  type Page,
} from '@tributary/connector-sdk';
import { z } from 'zod';

const limits = {
  maxPages: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(100)
    .describe('Stop after this many pages; the output says whether more were left (hasMore)'),
  itemsPath: z
    .string()
    .min(1)
    .optional()
    .describe(
      'Dotted path of the items array in each page, e.g. data.items; without it, a page that is an array is the items',
    ),
};

/** How the `request` action follows an API's pages; one style per API. */
export const Paginate = z
  .discriminatedUnion('style', [
    z
      .object({ style: z.literal('linkHeader'), ...limits })
      .meta({ title: 'Link header', description: 'Follows Link: <…>; rel="next" (GitHub, GitLab, Shopify)' }),
    z
      .object({
        style: z.literal('cursor'),
        cursorPath: z
          .string()
          .min(1)
          .describe('Dotted path of the next page’s cursor in the body, e.g. meta.next_cursor'),
        cursorParam: z.string().min(1).default('cursor').describe('Query parameter the cursor is sent in'),
        ...limits,
      })
      .meta({ title: 'Cursor', description: 'Each page names the cursor of the next; an empty cursor ends it' }),
    z
      .object({
        style: z.literal('page'),
        numbering: z
          .enum(['page', 'offset'])
          .default('page')
          .describe('page: the parameter counts pages; offset: it counts items from 0'),
        param: z
          .string()
          .min(1)
          .optional()
          .describe('Query parameter of the page number or offset; default page / offset'),
        firstPage: z.number().int().min(0).default(1).describe('Number of the first page (page numbering only)'),
        pageSize: z.number().int().positive().optional().describe('Items per page; a shorter page is the last'),
        pageSizeParam: z.string().min(1).optional().describe('Query parameter the page size is sent in, e.g. per_page'),
        ...limits,
      })
      .meta({
        title: 'Page number or offset',
        description: 'Counts pages (?page=2) or items (?offset=200); an empty page ends it',
      }),
  ])
  .describe('Fetch every page and return the items of all of them');
export type Paginate = z.output<typeof Paginate>;

export interface PaginatedResult {
  status: number;
  headers: Record<string, string>;
  /** the items of all pages, or the page bodies when pages are not lists */
  body: unknown[];
  pages: number;
  hasMore: boolean;
}

/**
 * Fetches pages until the last (or `maxPages`) and collects them. The whole
 * result is one step output, so the action restarts from the first page on a
 * retry instead of resuming; it heartbeats per page to show it is alive.
 */
export async function paginateRequest(
  client: HttpClient,
  request: HttpRequest,
  paginate: Paginate,
  heartbeat: () => void,
): Promise<PaginatedResult> {
  const items = (body: unknown): readonly unknown[] => itemsOf(body, paginate.itemsPath, request.url);
  let pageCount = 0;
  let last: HttpResponse | undefined;
  let hasMore = false;
  const collected: unknown[] = [];
  for await (const page of pagesOf(client, { ...request, responseSchema: z.unknown() }, paginate, items)) {
    pageCount += 1;
    last = page.response;
    if (paginate.itemsPath !== undefined || Array.isArray(page.body)) collected.push(...items(page.body));
    else collected.push(page.body);
    heartbeat();
    if (pageCount >= paginate.maxPages) {
      hasMore = page.next !== null;
      break;
    }
  }
  // streamPages always yields at least the first page
  const { status, headers } = last ?? { status: 0, headers: {} };
  return { status, headers, body: collected, pages: pageCount, hasMore };
}

function pagesOf(
  client: HttpClient,
  request: HttpRequest & { responseSchema: z.ZodUnknown },
  paginate: Paginate,
  items: (body: unknown) => readonly unknown[],
): AsyncGenerator<Page<unknown, unknown>, void, undefined> {
  switch (paginate.style) {
    case 'linkHeader':
      return paginateByLinkHeader(client, { request });
    case 'cursor':
      return paginateByCursor(client, {
        request,
        cursorParam: paginate.cursorParam,
        nextCursor: (body) => cursorAt(body, paginate.cursorPath, request.url),
      });
    case 'page':
      return paginateByPage(client, {
        request,
        items,
        numbering: paginate.numbering,
        firstPage: paginate.firstPage,
        ...(paginate.param === undefined ? {} : { param: paginate.param }),
        ...(paginate.pageSize === undefined ? {} : { pageSize: paginate.pageSize }),
        ...(paginate.pageSizeParam === undefined ? {} : { pageSizeParam: paginate.pageSizeParam }),
      });
  }
}

function itemsOf(body: unknown, itemsPath: string | undefined, url: string): readonly unknown[] {
  const value = itemsPath === undefined ? body : valueAt(body, itemsPath);
  if (Array.isArray(value)) return value;
  throw new NonRetryableError(
    `${url} returned a page without an items array at ${itemsPath ?? 'the top level'}; set paginate.itemsPath`,
    { code: 'UNEXPECTED_RESPONSE', details: { url, itemsPath } },
  );
}

function cursorAt(body: unknown, cursorPath: string, url: string): string | number | null | undefined {
  const cursor = valueAt(body, cursorPath);
  if (cursor === undefined || cursor === null || typeof cursor === 'string' || typeof cursor === 'number')
    return cursor;
  throw new NonRetryableError(`${url} returned a cursor at ${cursorPath} that is neither a string nor a number`, {
    code: 'UNEXPECTED_RESPONSE',
    details: { url, cursorPath },
  });
}

/** `data.items` → body.data.items; array indices work too (`results.0.next`). */
function valueAt(body: unknown, path: string): unknown {
  let value = body;
  for (const key of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}
