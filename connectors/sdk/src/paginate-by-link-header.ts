import type { z } from 'zod';
import { NonRetryableError } from './errors';
import type { HttpClient, HttpRequest } from './http-client';
import { findLinkTarget } from './link-header';
import { readResumePosition, streamPages, type Page } from './page-stream';

export interface PaginateByLinkHeaderOptions<TSchema extends z.ZodType> {
  /** the first page's request; later pages go to the `rel="next"` URL with the same method and headers */
  request: HttpRequest & { responseSchema: TSchema };
  /** a `page.next` this helper yielded before, usually `ctx.resumeFrom`; `undefined` starts at the first page */
  resumeFrom?: unknown;
}

/** A page of an API paginated by `Link` headers; its positions are absolute URLs. */
export type LinkedPage<TBody> = Page<TBody, string>;

/**
 * Streams the pages of an API that links each page to the next with an RFC
 * 8288 `Link: <…>; rel="next"` header (GitHub, GitLab, Shopify, …), one
 * request per page, as the loop asks for them. Each page's `next` is the next
 * page's absolute URL: heartbeat it after processing the page, and pass
 * `ctx.resumeFrom` back in, so a retried attempt continues after the last page
 * the crashed one finished.
 *
 * The next URL is used as the API wrote it (the first request's `query` is not
 * added again; the client's own `query` is), and it is what gets heartbeated,
 * so it is stored in Temporal: an API that puts credentials into its links
 * needs a different position.
 *
 * @example
 * for await (const page of paginateByLinkHeader(github, {
 *   request: { method: 'GET', url: 'repos/acme/plant/issues', query: { per_page: 100 }, responseSchema: z.array(Issue) },
 *   resumeFrom: ctx.resumeFrom,
 * })) {
 *   await store.upsert(page.body);
 *   ctx.heartbeat(page.next);
 * }
 */
export async function* paginateByLinkHeader<TSchema extends z.ZodType>(
  client: HttpClient,
  options: PaginateByLinkHeaderOptions<TSchema>,
): AsyncGenerator<LinkedPage<z.output<TSchema>>, void, undefined> {
  const { request } = options;
  const start = readResumePosition(options.resumeFrom, isAbsoluteUrl, 'paginateByLinkHeader', 'an absolute URL');
  yield* streamPages(start, async (url: string | undefined) => {
    const response = await client.request(url === undefined ? request : { ...request, url, query: undefined });
    const target = findLinkTarget(response.headers.link, 'next');
    return { response, next: target === undefined ? null : resolveLink(target, response.url) };
  });
}

/** Link targets may be relative to the URL that was called (RFC 8288 §3.2). */
function resolveLink(target: string, base: string): string {
  try {
    return new URL(target, base).href;
  } catch {
    throw new NonRetryableError(`${base} sent a rel="next" link that is not a URL: ${target}`, {
      code: 'UNEXPECTED_RESPONSE',
      details: { url: base, link: target },
    });
  }
}

function isAbsoluteUrl(value: unknown): value is string {
  return typeof value === 'string' && URL.canParse(value);
}
