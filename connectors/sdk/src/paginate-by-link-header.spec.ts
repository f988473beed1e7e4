import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NonRetryableError } from './errors';
import { createHttpClient } from './http-client';
import { paginateByLinkHeader } from './paginate-by-link-header';
import { expectRejection } from './testing/expect-rejection';
import { sendJson, startTestHttpServer, type TestHttpServer } from './testing/test-http-server';

const Issues = z.array(z.object({ number: z.number() }));

let server: TestHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * Three pages of two issues. Page 1 links to page 2 with an absolute URL,
 * page 2 to page 3 with a relative one, page 3 links only back.
 */
async function startIssuesApi(): Promise<TestHttpServer> {
  const api = await startTestHttpServer((req, res) => {
    const page = Number(new URL(req.url, 'http://localhost').searchParams.get('page') ?? '1');
    const links = [`<${api.url}/repos/acme/issues?page=1&per_page=2>; rel="first"`];
    if (page === 1) links.push(`<${api.url}/repos/acme/issues?page=2&per_page=2>; rel="next"`);
    if (page === 2) links.push('<issues?page=3&per_page=2>; rel="next"');
    sendJson(res, 200, [{ number: page * 2 - 1 }, { number: page * 2 }], { link: links.join(', ') });
  });
  return api;
}

function issuePages(resumeFrom?: unknown) {
  if (!server) throw new Error('server not started');
  return paginateByLinkHeader(createHttpClient({ baseUrl: server.url }), {
    request: { method: 'GET', url: '/repos/acme/issues', query: { per_page: 2 }, responseSchema: Issues },
    resumeFrom,
  });
}

describe('paginateByLinkHeader', () => {
  it('follows rel="next" links, absolute or relative, until a page has none', async () => {
    server = await startIssuesApi();
    const pages = [];
    for await (const page of issuePages()) pages.push(page);

    expect(pages.flatMap((page) => page.body.map((issue) => issue.number))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(pages.map((page) => [page.position, page.next])).toEqual([
      [undefined, `${server.url}/repos/acme/issues?page=2&per_page=2`],
      [`${server.url}/repos/acme/issues?page=2&per_page=2`, `${server.url}/repos/acme/issues?page=3&per_page=2`],
      [`${server.url}/repos/acme/issues?page=3&per_page=2`, null],
    ]);
    // The links carry the query already: the first request's is not added again.
    expect(server.requests.map((request) => request.url)).toEqual([
      '/repos/acme/issues?per_page=2',
      '/repos/acme/issues?page=2&per_page=2',
      '/repos/acme/issues?page=3&per_page=2',
    ]);
  });

  it('resumes at the heartbeated next URL without fetching the pages before it', async () => {
    server = await startIssuesApi();
    const numbers = [];
    for await (const page of issuePages(`${server.url}/repos/acme/issues?page=3&per_page=2`)) {
      numbers.push(...page.body.map((issue) => issue.number));
    }
    expect(numbers).toEqual([5, 6]);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses a resume position that is not an absolute URL', async () => {
    server = await startIssuesApi();
    const error = await expectRejection(issuePages('page=3').next(), NonRetryableError);
    expect(error.code).toBe('INVALID_RESUME_POSITION');
    expect(server.requests).toHaveLength(0);
  });
});
