import { describe, expect, it } from 'vitest';
import { previewMapping } from './preview-mapping';

const definition = {
  rules: [
    { target: 'assetTag', source: 'asset', required: true },
    { target: 'priority', source: 'priority', transforms: [{ kind: 'lookup', table: { High: 1, Medium: 2, Low: 3 } }] },
    { target: 'dueAt', source: 'dueDate', transforms: [{ kind: 'date', from: 'dd.MM.yyyy', zone: 'Europe/Berlin' }] },
  ],
};

describe('previewMapping', () => {
  it('maps every sample and reports errors per field', async () => {
    const { results } = await previewMapping(definition, [
      { asset: 'P-7', priority: 'High', dueDate: '15.12.2026' },
      { priority: 'Urgent', dueDate: '2026-12-15' },
    ]);
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({
      ok: true,
      output: { assetTag: 'P-7', priority: 1, dueAt: '2026-12-14T23:00:00.000Z' },
    });
    expect(results[1]!.ok).toBe(false);
    expect(results[1]!.fields).toEqual([
      { target: 'assetTag', error: { code: 'required', message: 'required, but source "asset" gave nothing' } },
      { target: 'priority', error: { code: 'lookup_no_match', message: expect.stringContaining('"Urgent"') } },
      { target: 'dueAt', error: { code: 'invalid_date', message: expect.stringContaining('"2026-12-15"') } },
    ]);
    expect(results[1]!.errors.map((error) => [error.path, error.code])).toEqual([
      ['assetTag', 'required'],
      ['priority', 'lookup_no_match'],
      ['dueAt', 'invalid_date'],
    ]);
  });

  it('takes a single sample that is not a list', async () => {
    const { results } = await previewMapping(definition, { asset: 'P-7' });
    expect(results).toHaveLength(1);
    expect(results[0]!.output).toEqual({ assetTag: 'P-7' });
  });

  it('passes bindings to expressions', async () => {
    const { results } = await previewMapping({ rules: [{ target: 'by', expression: '$trigger.user' }] }, [{}], {
      trigger: { user: 'anna' },
    });
    expect(results[0]!.output).toEqual({ by: 'anna' });
  });

  it('never throws for an invalid definition: each result says why, with paths', async () => {
    const { results } = await previewMapping(
      { rules: [{ target: 'a', source: 'a', transforms: [{ kind: 'unit', from: 'mm', to: 'bar' }] }, { target: 'b' }] },
      [{}, {}],
    );
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result).toEqual({
        output: {},
        fields: [],
        ok: false,
        errors: [
          {
            path: 'rules[0].transforms[0].to',
            code: 'invalid_definition',
            message: 'cannot convert mm (length) to bar (pressure)',
          },
          { path: 'rules[1]', code: 'invalid_definition', message: 'a rule needs one of source, expression or value' },
        ],
      });
    }
  });

  it('reports an invalid definition even without samples', async () => {
    const { results } = await previewMapping('not a mapping', []);
    expect(results).toEqual([
      {
        output: {},
        fields: [],
        ok: false,
        errors: [{ path: '', code: 'invalid_definition', message: expect.any(String) }],
      },
    ]);
  });
});
