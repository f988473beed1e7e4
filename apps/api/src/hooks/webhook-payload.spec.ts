import { describe, expect, it } from 'vitest';
import { buildWebhookPayload, redactHeaders } from './webhook-payload';

describe('redactHeaders', () => {
  it('drops credentials so they never enter Temporal history', () => {
    const kept = redactHeaders({
      authorization: 'Bearer abc',
      'proxy-authorization': 'Basic xyz',
      cookie: 'session=1',
      'x-api-key': 'k-123',
      'x-webhook-secret': 's',
      'x-auth-token': 't',
      'x-hub-signature-256': 'sha256=...',
      'stripe-signature': 't=1,v1=...',
      'content-type': 'application/json',
      'user-agent': 'erp/1.0',
      'x-request-id': 'r-1',
    });
    expect(kept).toEqual({ 'content-type': 'application/json', 'user-agent': 'erp/1.0', 'x-request-id': 'r-1' });
  });

  it('matches header names case-insensitively', () => {
    expect(redactHeaders({ Authorization: 'Bearer abc', 'X-Shared-SECRET': 's', Accept: '*/*' })).toEqual({
      accept: '*/*',
    });
  });

  it('keeps repeated headers as arrays and skips absent ones', () => {
    expect(redactHeaders({ 'x-tag': ['a', 'b'], 'x-empty': undefined })).toEqual({ 'x-tag': ['a', 'b'] });
  });
});

describe('buildWebhookPayload', () => {
  it('hands the run the body, the query and the safe headers', () => {
    const payload = buildWebhookPayload({
      body: { jobNumber: 'J-1' },
      query: { source: 'erp' },
      headers: { 'content-type': 'application/json', authorization: 'Bearer abc' },
    });
    expect(payload).toEqual({
      body: { jobNumber: 'J-1' },
      query: { source: 'erp' },
      headers: { 'content-type': 'application/json' },
    });
  });

  it('uses null for a request without a body', () => {
    expect(buildWebhookPayload({ body: undefined, query: {}, headers: {} }).body).toBeNull();
  });
});
