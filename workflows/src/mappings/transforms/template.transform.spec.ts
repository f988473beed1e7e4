import { describe, expect, it } from 'vitest';
import { validateFieldMapping } from '../field-mapping';
import { compileTransform } from './compile-transform';
import { Transform } from './transform';

const template = (text: string) => compileTransform(Transform.parse({ kind: 'template', template: text })).apply;

describe('template transform', () => {
  it('fills in the value and fields of the source record', () => {
    const source = { site: 'HAM-01', asset: { tag: 'P-7' } };
    expect(template('WO-{{value}}/{{source.site}}/{{ source.asset.tag }}')('100001', source)).toBe(
      'WO-100001/HAM-01/P-7',
    );
  });

  it('renders missing fields as empty text and objects as JSON', () => {
    expect(template('{{value}}|{{source.nope}}|{{source.tags}}')(7, { tags: ['a'] })).toBe('7||["a"]');
  });

  it('reads list elements and odd keys from the source', () => {
    expect(
      template('{{source.lines[1].qty}} {{source["Job No."]}}')(null, { lines: [{}, { qty: 3 }], 'Job No.': 'J1' }),
    ).toBe('3 J1');
  });

  it('rejects unknown placeholders when the mapping is defined', () => {
    const result = validateFieldMapping({
      rules: [{ target: 't', source: 's', transforms: [{ kind: 'template', template: 'WO-{{jobNumber}}' }] }],
    });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'rules[0].transforms[0].template',
          message: 'unknown placeholder {{jobNumber}}: use {{value}} or {{source.<path>}}',
        },
      ],
    });
  });

  it('rejects placeholders with a bad path', () => {
    const result = validateFieldMapping({
      rules: [{ target: 't', source: 's', transforms: [{ kind: 'template', template: '{{source.a..b}}' }] }],
    });
    expect(!result.ok && result.issues[0]?.message).toContain('"a..b" is not a valid path');
  });
});
