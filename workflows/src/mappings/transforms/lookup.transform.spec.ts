import { describe, expect, it } from 'vitest';
import { validateFieldMapping } from '../field-mapping';
import { compileTransform } from './compile-transform';
import { Transform } from './transform';
import { TransformFailure } from './transform-function';

const lookup = (definition: Record<string, unknown>) =>
  compileTransform(Transform.parse({ kind: 'lookup', ...definition })).apply;
const priority = { High: 1, Medium: 2, Low: 3 };

describe('lookup transform', () => {
  it('replaces a code by its entry in the table', () => {
    expect(lookup({ table: priority })('Low', {})).toBe(3);
  });

  it('matches numbers and booleans by their text', () => {
    expect(lookup({ table: { '10': 'ten', true: 'yes' } })(10, {})).toBe('ten');
    expect(lookup({ table: { '10': 'ten', true: 'yes' } })(true, {})).toBe('yes');
  });

  it('uses the default for a value that is not in the table', () => {
    expect(lookup({ table: priority, default: 2 })('Urgent', {})).toBe(2);
  });

  it('fails naming the value and the known keys when there is no entry and no default', () => {
    const apply = lookup({ table: priority });
    expect(() => apply('Urgent', {})).toThrow(TransformFailure);
    expect(() => apply('Urgent', {})).toThrow('no lookup entry for "Urgent"; known keys: "High", "Medium", "Low"');
  });

  it('is case-sensitive unless told otherwise', () => {
    expect(() => lookup({ table: priority })('high', {})).toThrow('no lookup entry for "high"');
    expect(lookup({ table: priority, caseInsensitive: true })('high', {})).toBe(1);
  });

  it('never matches members of Object.prototype', () => {
    expect(() => lookup({ table: priority })('constructor', {})).toThrow('no lookup entry for "constructor"');
  });

  it('refuses objects and lists with a clear message', () => {
    expect(() => lookup({ table: priority })({ a: 1 }, {})).toThrow(
      'lookup needs a text, number or boolean, got an object',
    );
  });

  it('shortens the list of known keys in messages for big tables', () => {
    const table = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`K${index}`, index]));
    expect(() => lookup({ table })('x', {})).toThrow('"K19" and 10 more');
  });

  it('rejects tables whose keys collide when case is ignored', () => {
    const result = validateFieldMapping({
      rules: [
        {
          target: 'p',
          source: 'p',
          transforms: [{ kind: 'lookup', table: { High: 1, HIGH: 1 }, caseInsensitive: true }],
        },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'rules[0].transforms[0].table.HIGH',
          message: '"HIGH" and "High" are the same key when case is ignored',
        },
      ],
    });
  });
});
