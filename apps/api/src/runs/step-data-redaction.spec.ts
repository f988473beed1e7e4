import { describe, expect, it } from 'vitest';
import { redactStepData } from './step-data-redaction';

describe('redactStepData', () => {
  it('hides credentials in echoed headers at any depth, whatever their case', () => {
    expect(
      redactStepData({
        status: 200,
        request: { headers: { Authorization: 'Bearer abc', 'X-Api-Key': 'k', accept: 'application/json' } },
        items: [{ refresh_token: 'r', id: 7 }],
      }),
    ).toEqual({
      status: 200,
      request: { headers: { Authorization: '[redacted]', 'X-Api-Key': '[redacted]', accept: 'application/json' } },
      items: [{ refresh_token: '[redacted]', id: 7 }],
    });
  });

  it('leaves plain values and ordinary objects as they are', () => {
    expect(redactStepData('Bearer looks-like-a-header')).toBe('Bearer looks-like-a-header');
    expect(redactStepData({ label: 'x', data: { order: 'PO-9' } })).toEqual({ label: 'x', data: { order: 'PO-9' } });
  });
});
