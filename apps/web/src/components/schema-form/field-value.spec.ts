import { describe, expect, it } from 'vitest';
import {
  childPath,
  expressionFromFixed,
  fieldId,
  isExpression,
  isoFromLocalInput,
  localInputFromIso,
  numberFromText,
  parseJsonText,
  withProperty,
} from './field-value';

describe('expressions', () => {
  it('knows an expression by its leading "="', () => {
    expect(isExpression('=$trigger.body.job')).toBe(true);
    expect(isExpression('plain')).toBe(false);
    expect(isExpression(3)).toBe(false);
  });

  it('turns a fixed value into the same value written as a literal', () => {
    expect(expressionFromFixed('Pump 4')).toBe('="Pump 4"');
    expect(expressionFromFixed(3)).toBe('=3');
    expect(expressionFromFixed(true)).toBe('=true');
    expect(expressionFromFixed({ a: [1] })).toBe('={"a":[1]}');
    expect(expressionFromFixed(undefined)).toBe('=');
    expect(expressionFromFixed('')).toBe('=');
  });
});

describe('paths and ids', () => {
  it('joins dotted paths, array items by index', () => {
    expect(childPath('', 'body')).toBe('body');
    expect(childPath('body', 'title')).toBe('body.title');
    expect(childPath('items', 0)).toBe('items.0');
  });

  it('makes DOM ids that keep different paths apart', () => {
    expect(fieldId('step', 'body.title')).not.toBe(fieldId('step', 'body-title'));
    expect(fieldId('step', 'body.title')).toMatch(/^step-[A-Za-z0-9_-]+$/);
    expect(fieldId('step', '')).toBe('step-root');
  });
});

describe('withProperty', () => {
  it('sets a property, and removes it when the value is undefined', () => {
    expect(withProperty({ a: 1 }, 'b', 2)).toEqual({ a: 1, b: 2 });
    expect(withProperty({ a: 1, b: 2 }, 'b', undefined)).toEqual({ a: 1 });
  });
});

describe('numberFromText', () => {
  it('reads numbers, integers truncated, and nothing from empty or bad text', () => {
    expect(numberFromText('2.5', false)).toBe(2.5);
    expect(numberFromText('2.5', true)).toBe(2);
    expect(numberFromText('', false)).toBeUndefined();
    expect(numberFromText('abc', false)).toBeUndefined();
  });
});

describe('date-time inputs', () => {
  it('round-trips an ISO date-time through the local input text', () => {
    const iso = '2026-03-04T05:06:07.000Z';
    expect(isoFromLocalInput(localInputFromIso(iso))).toBe(iso);
    expect(localInputFromIso('not a date')).toBe('');
    expect(isoFromLocalInput('')).toBeUndefined();
  });
});

describe('parseJsonText', () => {
  it('parses JSON, treats empty text as no value and explains bad JSON', () => {
    expect(parseJsonText('{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonText('  ')).toEqual({ ok: true, value: undefined });
    expect(parseJsonText('{a:1}').ok).toBe(false);
  });
});
