import { compileMapping } from '@tributary/workflows/mappings/compile-mapping';
import { describe, expect, it } from 'vitest';
import { rulesToFieldMapping } from './map-rules-conversion';

describe('rulesToFieldMapping', () => {
  it('turns expressions into expression rules and literals into values', () => {
    expect(
      rulesToFieldMapping([
        { target: 'asset.tag', from: '=$trigger.body.job.asset' },
        { target: 'priority', from: 3 },
      ]),
    ).toEqual({
      ok: true,
      mapping: {
        rules: [
          { target: 'asset.tag', expression: '$trigger.body.job.asset' },
          { target: 'priority', value: 3 },
        ],
      },
    });
  });

  it('maps the same values as the inline rules did', () => {
    const converted = rulesToFieldMapping([{ target: 'tag', from: '=$trigger.body.asset' }]);
    if (!converted.ok) throw new Error(converted.reason);
    const result = compileMapping(converted.mapping).apply({}, { trigger: { body: { asset: 'P-1' } } });
    expect(result.output).toEqual({ tag: 'P-1' });
  });

  it('refuses a literal object with expressions inside', () => {
    const converted = rulesToFieldMapping([{ target: 'body', from: { a: '=$trigger.body.a' } }]);
    expect(converted).toEqual({ ok: false, reason: expect.stringContaining('"body"') });
  });
});
