import { describe, expect, it } from 'vitest';
import { examplePayload, parsePayloadText, payloadText } from './test-payload';

describe('examplePayload', () => {
  it('gives a webhook test the body, headers and query a webhook run receives', () => {
    expect(examplePayload({ kind: 'webhook', path: 'erp/jobs' })).toEqual({ body: {}, headers: {}, query: {} });
  });

  it('gives a schedule test the fire time and the schedule payload', () => {
    const now = new Date('2026-01-02T03:04:05.000Z');
    const trigger = {
      kind: 'schedule',
      every: '15m',
      timezone: 'UTC',
      overlap: 'skip',
      payload: { plant: 'A' },
    } as const;
    expect(examplePayload(trigger, now)).toEqual({ scheduledAt: '2026-01-02T03:04:05.000Z', payload: { plant: 'A' } });
  });

  it('gives a manual test an empty object', () => {
    expect(examplePayload({ kind: 'manual' })).toEqual({});
  });
});

describe('parsePayloadText', () => {
  it('reads valid JSON', () => {
    expect(parsePayloadText(payloadText({ body: { a: 1 } }))).toEqual({ ok: true, payload: { body: { a: 1 } } });
  });

  it('accepts null as "no data"', () => {
    expect(parsePayloadText('null')).toEqual({ ok: true, payload: null });
  });

  it('says where the JSON breaks', () => {
    const parsed = parsePayloadText('{\n  "body": {,\n}');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/^Not valid JSON at line 2, column \d+: /);
  });

  it('asks for a value when the text is empty', () => {
    expect(parsePayloadText('  ')).toEqual({ ok: false, message: expect.stringContaining('Enter the trigger data') });
  });
});
