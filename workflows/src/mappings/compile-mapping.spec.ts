import { describe, expect, it } from 'vitest';
import { compileMapping } from './compile-mapping';
import { MappingDefinitionError } from './field-mapping';

describe('compileMapping', () => {
  it('writes each rule to its target path, creating objects and lists', async () => {
    const mapping = compileMapping({
      rules: [
        { target: 'workOrder.asset.tag', source: 'asset' },
        { target: 'workOrder.lines[0].qty', source: 'items[1].quantity' },
        { target: 'workOrder.source', value: 'ERP' },
      ],
    });
    const result = await mapping.apply({ asset: 'P-7', items: [{}, { quantity: 4 }] });
    expect(result).toEqual({
      output: { workOrder: { asset: { tag: 'P-7' }, lines: [{ qty: 4 }], source: 'ERP' } },
      fields: [
        { target: 'workOrder.asset.tag', value: 'P-7' },
        { target: 'workOrder.lines[0].qty', value: 4 },
        { target: 'workOrder.source', value: 'ERP' },
      ],
      errors: [],
      ok: true,
    });
  });

  it('throws MappingDefinitionError with every problem for an invalid definition', () => {
    expect(() => compileMapping({ rules: [{ target: 'a' }], extra: 1 })).toThrow(MappingDefinitionError);
    try {
      compileMapping({ rules: [{ target: 'a' }] });
    } catch (error) {
      expect((error as MappingDefinitionError).issues).toEqual([
        { path: 'rules[0]', message: 'a rule needs one of source, expression or value' },
      ]);
    }
  });

  it('compiles a definition object once', () => {
    const definition = { rules: [{ target: 'a', source: 'a' }] };
    expect(compileMapping(definition)).toBe(compileMapping(definition));
  });

  describe('missing values, defaults and required fields', () => {
    const mapping = compileMapping({
      rules: [
        { target: 'plant', source: 'plant', default: 'HAM-01' },
        { target: 'asset', source: 'asset', required: true },
        { target: 'note', source: 'note' },
        { target: 'qty', source: 'qty', transforms: [{ kind: 'coerce', to: 'number' }], default: 1, required: true },
      ],
    });

    it('uses the default for absent, null and empty values', async () => {
      for (const plant of [undefined, null, '']) {
        const result = await mapping.apply({ plant, asset: 'P-7', qty: '2' });
        expect(result.output).toEqual({ plant: 'HAM-01', asset: 'P-7', qty: 2 });
      }
    });

    it('reports a required field that is missing, naming where it was read from', async () => {
      const result = await mapping.apply({ asset: null, qty: '2' });
      expect(result.ok).toBe(false);
      expect(result.errors).toEqual([
        { path: 'asset', code: 'required', message: 'required, but source "asset" gave null' },
      ]);
      expect(result.fields[1]).toEqual({ target: 'asset', error: { code: 'required', message: expect.any(String) } });
      expect(result.output).not.toHaveProperty('asset');
    });

    it('skips transforms for a missing value, then applies the default', async () => {
      const result = await mapping.apply({ asset: 'P-7', qty: '' });
      expect(result.output.qty).toBe(1);
      expect(result.ok).toBe(true);
    });

    it('keeps null and "" of optional fields without a default', async () => {
      expect((await mapping.apply({ asset: 'P-7', qty: 1, note: null })).output.note).toBeNull();
      expect((await mapping.apply({ asset: 'P-7', qty: 1, note: '' })).output.note).toBe('');
      expect((await mapping.apply({ asset: 'P-7', qty: 1 })).output).not.toHaveProperty('note');
    });

    it('reports a value that transforms emptied as missing after its transforms', async () => {
      const trimmed = compileMapping({
        rules: [{ target: 'title', source: 'title', transforms: [{ kind: 'text', op: 'trim' }], required: true }],
      });
      expect((await trimmed.apply({ title: '   ' })).errors[0]?.message).toBe(
        'required, but source "title" gave "" after its transforms',
      );
    });
  });

  describe('transform chains', () => {
    it('applies transforms in order and reports the failing one with its index', async () => {
      const mapping = compileMapping({
        rules: [
          {
            target: 'priority',
            source: 'priority',
            transforms: [
              { kind: 'text', op: 'trim' },
              { kind: 'lookup', table: { High: 1, Low: 3 } },
            ],
          },
        ],
      });
      expect((await mapping.apply({ priority: ' High ' })).output).toEqual({ priority: 1 });
      expect((await mapping.apply({ priority: 'Urgent' })).errors).toEqual([
        {
          path: 'priority',
          code: 'lookup_no_match',
          message: 'transforms[1] lookup: no lookup entry for "Urgent"; known keys: "High", "Low"',
        },
      ]);
    });

    it('keeps mapping the other fields when one fails', async () => {
      const mapping = compileMapping({
        rules: [
          { target: 'a', source: 'a', transforms: [{ kind: 'coerce', to: 'integer' }] },
          { target: 'b', source: 'b' },
        ],
      });
      const result = await mapping.apply({ a: 'x', b: 'ok' });
      expect(result.output).toEqual({ b: 'ok' });
      expect(result.errors.map((error) => error.path)).toEqual(['a']);
    });

    it('runs concat even when the rule value is missing', async () => {
      const mapping = compileMapping({
        rules: [{ target: 'name', source: 'first', transforms: [{ kind: 'concat', with: ['last'], separator: ' ' }] }],
      });
      expect((await mapping.apply({ last: 'Meier' })).output).toEqual({ name: 'Meier' });
    });
  });

  describe('expressions', () => {
    it('evaluate JSONata over the source record with the bindings as variables', async () => {
      const mapping = compileMapping({
        rules: [
          { target: 'title', expression: '$uppercase(asset) & " – " & $trigger.body.reason' },
          { target: 'total', expression: '$sum(lines.qty)' },
          { target: 'site', expression: '$vars.site' },
        ],
      });
      const result = await mapping.apply(
        { asset: 'p-7', lines: [{ qty: 2 }, { qty: 3 }] },
        { trigger: { body: { reason: 'leak' } }, vars: { site: 'HAM' } },
      );
      expect(result.output).toEqual({ title: 'P-7 – leak', total: 5, site: 'HAM' });
    });

    it('report evaluation failures as field errors with the expression error code', async () => {
      const mapping = compileMapping({
        rules: [
          { target: 'a', expression: '$number("x")' },
          { target: 'b', value: 1 },
        ],
      });
      const result = await mapping.apply({});
      expect(result.errors).toEqual([
        { path: 'a', code: 'expression_failed', message: expect.stringMatching(/^expression failed: /) },
      ]);
      expect(result.output).toEqual({ b: 1 });
    });

    it('feed their result into the transforms', async () => {
      const mapping = compileMapping({
        rules: [
          {
            target: 'dueAt',
            expression: 'date & " " & time',
            transforms: [{ kind: 'date', from: 'dd.MM.yyyy HH:mm', zone: 'Europe/Berlin' }],
          },
        ],
      });
      expect((await mapping.apply({ date: '05.03.2024', time: '08:00' })).output).toEqual({
        dueAt: '2024-03-05T07:00:00.000Z',
      });
    });
  });

  describe('target schema', () => {
    const mapping = compileMapping({
      targetSchema: {
        type: 'object',
        properties: {
          priority: { enum: [1, 2, 3] },
          dueAt: { type: 'string', format: 'date-time' },
          lines: { type: 'array', items: { type: 'object', properties: { qty: { type: 'number', minimum: 0 } } } },
          title: { type: 'string' },
        },
        required: ['priority', 'title'],
        additionalProperties: false,
      },
      rules: [
        { target: 'priority', source: 'priority' },
        { target: 'dueAt', source: 'dueAt' },
        { target: 'lines[0].qty', source: 'qty' },
        { target: 'title', source: 'title', required: true },
        { target: 'extra', source: 'extra' },
      ],
    });

    it('passes valid output', async () => {
      const result = await mapping.apply({ priority: 1, dueAt: '2024-03-05T07:00:00Z', qty: 2, title: 'x' });
      expect(result.ok).toBe(true);
    });

    it('reports schema errors at the JSON pointer of the offending value', async () => {
      const result = await mapping.apply({ priority: 5, dueAt: '05.03.2024', qty: -1, title: 'x', extra: true });
      expect(result.errors).toEqual([
        { path: '/priority', code: 'schema_violation', message: 'Instance does not match any of [1,2,3] (enum)' },
        { path: '/dueAt', code: 'schema_violation', message: 'String does not match format "date-time" (format)' },
        { path: '/lines/0/qty', code: 'schema_violation', message: '-1 is less than 0 (minimum)' },
        { path: '/extra', code: 'schema_violation', message: 'is not allowed by the target schema' },
      ]);
    });

    it('reports a missing property at its own pointer, once when the rule already failed', async () => {
      const result = await mapping.apply({ qty: 1 });
      expect(result.errors).toEqual([
        { path: 'title', code: 'required', message: 'required, but source "title" gave nothing' },
        { path: '/priority', code: 'schema_violation', message: 'is required by the target schema' },
      ]);
    });
  });

  it('never shares objects between output, source and definition', async () => {
    const definition = {
      rules: [
        { target: 'fixed', value: { list: [1] } },
        { target: 'copy', source: 'nested' },
      ],
    };
    const source = { nested: { a: [1] } };
    const first = await compileMapping(definition).apply(source);
    (first.output.fixed as { list: number[] }).list.push(2);
    (first.output.copy as { a: number[] }).a.push(2);
    expect(definition.rules[0]!.value).toEqual({ list: [1] });
    expect(source.nested.a).toEqual([1]);
    expect((await compileMapping(definition).apply(source)).output.fixed).toEqual({ list: [1] });
  });

  it('keeps "__proto__" keys of source data as data', async () => {
    const source = JSON.parse('{"nested": {"__proto__": {"polluted": true}}}') as unknown;
    const result = await compileMapping({ rules: [{ target: 'copy', source: 'nested' }] }).apply(source);
    expect(Object.hasOwn(result.output.copy as object, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
