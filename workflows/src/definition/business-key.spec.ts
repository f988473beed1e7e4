import { describe, expect, it } from 'vitest';
import { BusinessKeyError, evaluateBusinessKey, MAX_BUSINESS_KEY_LENGTH } from './business-key';

const key = (expression: string) => ({ expression, onDuplicate: 'useExisting' as const });

describe('evaluateBusinessKey', () => {
  it('reads the key from the payload, with or without a leading "=", and turns numbers into text', async () => {
    const payload = { body: { job: { jobNumber: 'J-1001', line: 7 } } };
    expect(await evaluateBusinessKey(key('$trigger.body.job.jobNumber'), payload)).toBe('J-1001');
    expect(await evaluateBusinessKey(key('=body.job.line'), payload)).toBe('7');
    expect(await evaluateBusinessKey(key('body.job.jobNumber & "/" & body.job.line'), payload)).toBe('J-1001/7');
  });

  it('refuses a missing, empty or non-scalar key, saying what the expression gave', async () => {
    await expect(evaluateBusinessKey(key('body.missing'), { body: {} })).rejects.toThrow(/gave nothing/);
    await expect(evaluateBusinessKey(key('body.blank'), { body: { blank: '  ' } })).rejects.toThrow(BusinessKeyError);
    await expect(evaluateBusinessKey(key('body.obj'), { body: { obj: { a: 1 } } })).rejects.toThrow(/\{"a":1\}/);
  });

  it('refuses keys longer than the limit and expressions that fail', async () => {
    const long = 'x'.repeat(MAX_BUSINESS_KEY_LENGTH + 1);
    await expect(evaluateBusinessKey(key('body.id'), { body: { id: long } })).rejects.toThrow(/at most 200/);
    await expect(evaluateBusinessKey(key('$number("x")'), {})).rejects.toThrow(/failed/);
  });
});
