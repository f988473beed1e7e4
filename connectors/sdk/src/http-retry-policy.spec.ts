import { describe, expect, it } from 'vitest';
import { DEFAULT_HTTP_RETRY, isRetryableStatus, nextRetry, parseRetryAfter } from './http-retry-policy';

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('1')).toBe(1000);
    expect(parseRetryAfter(' 120 ')).toBe(120_000);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:27:00 GMT');
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('nextRetry', () => {
  const noJitter = () => 1;

  it('backs off exponentially until the attempts run out', () => {
    expect(nextRetry({ attempt: 1, waitedMs: 0 }, DEFAULT_HTTP_RETRY, noJitter)).toEqual({ retry: true, delayMs: 500 });
    expect(nextRetry({ attempt: 2, waitedMs: 500 }, DEFAULT_HTTP_RETRY, noJitter)).toEqual({
      retry: true,
      delayMs: 1000,
    });
    expect(nextRetry({ attempt: 3, waitedMs: 1500 }, DEFAULT_HTTP_RETRY, noJitter)).toEqual({
      retry: false,
      reason: 'attempts-exhausted',
    });
  });

  it('waits as long as the server asks, unless that exceeds the wait budget', () => {
    expect(nextRetry({ attempt: 1, waitedMs: 0, retryAfterMs: 2000 }, DEFAULT_HTTP_RETRY)).toEqual({
      retry: true,
      delayMs: 2000,
    });
    expect(nextRetry({ attempt: 1, waitedMs: 0, retryAfterMs: 120_000 }, DEFAULT_HTTP_RETRY)).toEqual({
      retry: false,
      reason: 'wait-budget-exhausted',
    });
  });
});

describe('isRetryableStatus', () => {
  it('repeats statuses that mean "not processed" for any method, and a 500 only for idempotent methods', () => {
    for (const status of [408, 429, 502, 503, 504]) expect(isRetryableStatus(status, 'POST')).toBe(true);
    expect(isRetryableStatus(500, 'GET')).toBe(true);
    expect(isRetryableStatus(500, 'POST')).toBe(false);
    expect(isRetryableStatus(404, 'GET')).toBe(false);
    expect(isRetryableStatus(501, 'GET')).toBe(false);
  });
});
