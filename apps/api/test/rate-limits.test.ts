import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, uniqueSlug, type RunningApi } from './running-api';

let api: RunningApi;
beforeAll(async () => {
  // a bucket of 2 that refills once every 100 s: the third request in a row is refused
  api = await startApi({
    API_RATE_LIMIT_BURST: '2',
    API_RATE_LIMIT_PER_SECOND: '0.01',
    HOOK_RATE_LIMIT_BURST: '1',
    HOOK_RATE_LIMIT_PER_SECOND: '0.01',
  });
});
afterAll(async () => {
  await api?.close();
});

describe('rate limits', () => {
  it('counts requests per API key, advertises the policy and answers 429 with Retry-After', async () => {
    const first = await api.request('GET', '/v1/flows');
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toBe('"api";q=2;w=200');
    expect(first.headers.get('ratelimit')).toMatch(/^"api";r=1;t=\d+$/);
    expect((await api.request('GET', '/v1/runs')).headers.get('ratelimit')).toMatch(/^"api";r=0;t=\d+$/);

    const refused = await api.request('GET', '/v1/flows');
    expect(refused.status).toBe(429);
    expect(refused.contentType).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'rate_limited', policy: 'api' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(90);
    expect(refused.headers.get('ratelimit-policy')).toBe('"api";q=2;w=200');
  });

  it('gives every API key its own bucket', async () => {
    // the admin key's bucket is empty by now; a key created before that would not help, so use the database
    const other = await startApi({ API_RATE_LIMIT_BURST: '5', API_RATE_LIMIT_PER_SECOND: '1' });
    try {
      const created = await other.request('POST', '/v1/api-keys', { name: 'second', scopes: ['flows:read'] });
      expect(created.status).toBe(201);
      const response = await api.request('GET', '/v1/flows', undefined, {}, { apiKey: created.body.key });
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit')).toMatch(/^"api";r=1;t=\d+$/);
    } finally {
      await other.close();
    }
  });

  it('limits each webhook path on its own bucket', async () => {
    const path = uniqueSlug('limited');
    const first = await api.request('POST', `/hooks/${path}`, {}, {}, { apiKey: null });
    expect(first.status).toBe(404); // no such trigger, but the request counted
    expect(first.headers.get('ratelimit-policy')).toBe('"webhook";q=1;w=100');
    const second = await api.request('POST', `/hooks/${path}`, {}, {}, { apiKey: null });
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).not.toBeNull();
    const otherPath = await api.request('POST', `/hooks/${uniqueSlug('other')}`, {}, {}, { apiKey: null });
    expect(otherPath.status).toBe(404);
  });
});
