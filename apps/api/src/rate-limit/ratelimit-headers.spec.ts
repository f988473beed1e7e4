import { describe, expect, it } from 'vitest';
import { rateLimitHeaders } from './ratelimit-headers';

describe('rateLimitHeaders', () => {
  it('states the burst as the quota and the refill time as the window', () => {
    const headers = rateLimitHeaders(
      'api',
      { perSecond: 100, burst: 200 },
      { allowed: true, remaining: 199, retryAfterMs: 0, resetMs: 10 },
    );
    expect(headers).toEqual({ 'RateLimit-Policy': '"api";q=200;w=2', RateLimit: '"api";r=199;t=1' });
  });

  it('never advertises a window or reset below what the bucket needs', () => {
    const headers = rateLimitHeaders(
      'hook',
      { perSecond: 0.5, burst: 1 },
      { allowed: false, remaining: 0, retryAfterMs: 1500, resetMs: 1500 },
    );
    expect(headers).toEqual({ 'RateLimit-Policy': '"hook";q=1;w=2', RateLimit: '"hook";r=0;t=2' });
  });
});
