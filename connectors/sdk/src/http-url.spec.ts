import { describe, expect, it } from 'vitest';
import { NonRetryableError } from './errors';
import { describeUrl, resolveRequestUrl } from './http-url';

describe('resolveRequestUrl', () => {
  it('appends a relative URL to the base URL path instead of replacing the path', () => {
    expect(resolveRequestUrl('/orders', { baseUrl: 'https://erp.example.com/api/v2/' }).url.href).toBe(
      'https://erp.example.com/api/v2/orders',
    );
    expect(resolveRequestUrl('orders?status=open', { baseUrl: 'https://erp.example.com/api' }).url.href).toBe(
      'https://erp.example.com/api/orders?status=open',
    );
  });

  it('keeps absolute URLs and adds query parameters', () => {
    const { url } = resolveRequestUrl('https://other.example.com/x?a=1', {
      baseUrl: 'https://erp.example.com',
      query: { b: true, c: 3, d: undefined },
    });
    expect(url.href).toBe('https://other.example.com/x?a=1&b=true&c=3');
  });

  it('takes credentials out of the URL', () => {
    const resolved = resolveRequestUrl('https://robot:s%40cret@api.example.com/x');
    expect(resolved.url.href).toBe('https://api.example.com/x');
    expect(resolved.credentials).toEqual({ username: 'robot', password: 's@cret' });
  });

  it('rejects relative URLs without a base, and non-HTTP schemes, as non-retryable', () => {
    expect(() => resolveRequestUrl('/orders')).toThrow(NonRetryableError);
    expect(() => resolveRequestUrl('file:///etc/passwd')).toThrow(/Only http and https/);
  });
});

describe('describeUrl', () => {
  it('hides userinfo and secret query values but keeps the rest readable', () => {
    const url = new URL('https://u:p@api.example.com/items?API_KEY=abc&page=2');
    expect(describeUrl(url, new Set(['api_key']))).toBe('https://api.example.com/items?API_KEY=[REDACTED]&page=2');
  });
});
