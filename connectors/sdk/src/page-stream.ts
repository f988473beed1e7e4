import { NonRetryableError } from './errors';
import type { HttpResponse } from './http-client';

/**
 * One page of a paginated API, as the `paginateBy…` helpers yield it: the
 * response, where it was fetched from, and where the page after it starts.
 */
export interface Page<TBody, TPosition> {
  /** the response body, parsed by the request's `responseSchema` */
  body: TBody;
  response: HttpResponse<TBody>;
  /**
   * Where this page was fetched from, `undefined` for a first page fetched
   * without one; `resumeFrom: page.position` fetches this page again.
   */
  position: TPosition | undefined;
  /**
   * Where the next page starts, `null` after the last page. Heartbeat it once
   * this page is processed: resuming from it continues with the following page,
   * and resuming from `null` yields nothing, so a finished sync is not redone.
   */
  next: TPosition | null;
}

/** What fetching one page found out: the response and where the next page starts. */
export interface FetchedPage<TBody, TPosition> {
  response: HttpResponse<TBody>;
  next: TPosition | null;
}

/**
 * Fetches pages from `start` until one has no next page. `start` is what a
 * helper read from its `resumeFrom`: `undefined` starts at the first page,
 * `null` means an earlier attempt already finished.
 */
export async function* streamPages<TBody, TPosition>(
  start: TPosition | null | undefined,
  fetchPage: (position: TPosition | undefined) => Promise<FetchedPage<TBody, TPosition>>,
): AsyncGenerator<Page<TBody, TPosition>, void, undefined> {
  let position = start;
  while (position !== null) {
    const { response, next } = await fetchPage(position);
    if (next !== null && next === position) {
      // An API that hands back the position it was given would make us fetch the same page forever.
      throw new NonRetryableError(`${response.url} pointed to itself as the next page`, {
        code: 'PAGINATION_LOOP',
        details: { url: response.url },
      });
    }
    yield { body: response.body, response, position, next };
    position = next;
  }
}

/**
 * Checks a `resumeFrom` (opaque data from an earlier attempt's heartbeat)
 * against the position type a helper yields; anything else is a bug that
 * retrying would not fix.
 */
export function readResumePosition<TPosition>(
  resumeFrom: unknown,
  isPosition: (value: unknown) => value is TPosition,
  helper: string,
  expected: string,
): TPosition | null | undefined {
  if (resumeFrom === undefined || resumeFrom === null || isPosition(resumeFrom)) return resumeFrom;
  throw new NonRetryableError(
    `${helper} cannot resume from ${JSON.stringify(resumeFrom)}: expected ${expected}, null or undefined (heartbeat page.next)`,
    { code: 'INVALID_RESUME_POSITION', details: { resumeFrom } },
  );
}
