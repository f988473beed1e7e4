import { describe, expect, it } from 'vitest';
import { copySlugCandidates, slugFromName, slugProblem } from './flow-slug';

describe('slugFromName', () => {
  it('lower-cases the name and joins its words with "-"', () => {
    expect(slugFromName('Orders to ERP')).toBe('orders-to-erp');
  });

  it('drops accents, symbols and leading or trailing separators', () => {
    expect(slugFromName('  Aufträge → ERP (Zürich)! ')).toBe('auftrage-erp-zurich');
  });

  it('keeps the slug within 63 characters without ending on "-"', () => {
    const slug = slugFromName(`${'a'.repeat(62)} b`);
    expect(slug).toBe('a'.repeat(62));
    expect(slugFromName('x'.repeat(80))).toHaveLength(63);
  });

  it('gives an empty slug for a name without letters or digits', () => {
    expect(slugFromName('→ ✓')).toBe('');
  });
});

describe('slugProblem', () => {
  it('accepts what the API accepts', () => {
    expect(slugProblem('erp-to-cmms')).toBeNull();
    expect(slugProblem('7')).toBeNull();
    expect(slugProblem('a'.repeat(63))).toBeNull();
  });

  it('asks for a slug when there is none', () => {
    expect(slugProblem('')).toMatch(/Enter a slug/);
  });

  it('names the characters that are not allowed', () => {
    expect(slugProblem('Orders sync_2')).toBe(
      'A slug may contain only lower-case letters a–z, digits and "-"; remove "O", space, "_".',
    );
  });

  it('refuses a leading "-"', () => {
    expect(slugProblem('-orders')).toBe('A slug starts with a lower-case letter or a digit, not "-".');
  });

  it('says how long a slug may be', () => {
    expect(slugProblem('a'.repeat(64))).toBe('A slug has at most 63 characters; this one has 64.');
  });
});

describe('copySlugCandidates', () => {
  it('numbers copies after the first', () => {
    expect(copySlugCandidates('orders', 3)).toEqual(['orders-copy', 'orders-copy-2', 'orders-copy-3']);
  });

  it('shortens a long slug so every copy stays valid', () => {
    const candidates = copySlugCandidates('a'.repeat(63), 2);
    expect(candidates).toEqual([`${'a'.repeat(58)}-copy`, `${'a'.repeat(56)}-copy-2`]);
    for (const candidate of candidates) expect(slugProblem(candidate)).toBeNull();
  });
});
