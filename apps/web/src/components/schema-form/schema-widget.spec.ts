import { describe, expect, it } from 'vitest';
import { emptyValueFor, isMultilineText, selectOptions, textInputType, widgetFor } from './schema-widget';

const kind = (schema: Record<string, unknown>) => widgetFor(schema).kind;

describe('widgetFor', () => {
  it('gives strings, numbers, integers and booleans their own inputs', () => {
    expect(kind({ type: 'string' })).toBe('text');
    expect(kind({ type: 'number' })).toBe('number');
    expect(kind({ type: 'integer', default: 30000 })).toBe('number');
    expect(kind({ type: 'boolean' })).toBe('boolean');
  });

  it('makes secret and writeOnly strings secret inputs', () => {
    expect(kind({ type: 'string', secret: true, writeOnly: true })).toBe('secret');
    expect(kind({ type: 'string', writeOnly: true })).toBe('secret');
  });

  it('makes enums, consts and oneOf of titled consts selects', () => {
    expect(kind({ type: 'string', enum: ['GET', 'POST'] })).toBe('select');
    expect(kind({ type: 'string', const: 'base64' })).toBe('select');
    const oneOfConsts = { oneOf: [{ const: 'a', title: 'A' }, { const: 'b' }] };
    expect(kind(oneOfConsts)).toBe('select');
    expect(selectOptions(oneOfConsts)).toEqual([
      { value: 'a', label: 'A' },
      { value: 'b', label: 'b' },
    ]);
  });

  it('treats a oneOf of objects as variants', () => {
    const schema = {
      oneOf: [
        { type: 'object', properties: { style: { type: 'string', const: 'linkHeader' } } },
        { type: 'object', properties: { style: { type: 'string', const: 'cursor' } } },
      ],
    };
    expect(kind(schema)).toBe('variants');
  });

  it('uses the first string-ish branch of any other anyOf, else free JSON', () => {
    const stringish = widgetFor({ description: 'd', anyOf: [{ type: 'number' }, { type: 'string', format: 'uri' }] });
    expect(stringish.kind).toBe('text');
    expect(stringish.schema).toEqual({ description: 'd', type: 'string', format: 'uri' });
    expect(kind({ anyOf: [{ type: 'number' }, { type: 'array', items: {} }] })).toBe('json');
  });

  it('reads nullable types as the type itself', () => {
    expect(kind({ type: ['string', 'null'] })).toBe('text');
    expect(kind({ anyOf: [{ type: 'integer' }, { type: 'null' }] })).toBe('number');
  });

  it('types a mix of scalar types as text', () => {
    expect(kind({ type: ['string', 'number', 'boolean'] })).toBe('text');
  });

  it('tells objects with properties from records and free JSON', () => {
    expect(kind({ type: 'object', properties: { a: { type: 'string' } } })).toBe('object');
    expect(kind({ type: 'object', propertyNames: { type: 'string' }, additionalProperties: { type: 'string' } })).toBe(
      'record',
    );
    expect(kind({ type: 'object' })).toBe('json');
    expect(kind({ type: 'object', additionalProperties: false })).toBe('none');
  });

  it('makes arrays with an item schema lists, and untyped schemas free JSON', () => {
    expect(kind({ type: 'array', items: { type: 'string' } })).toBe('array');
    expect(kind({ type: 'array' })).toBe('json');
    expect(kind({})).toBe('json');
    expect(kind({ description: 'Sent as JSON' })).toBe('json');
  });
});

describe('textInputType', () => {
  it('follows the string format', () => {
    expect(textInputType({ type: 'string', format: 'uri' })).toBe('url');
    expect(textInputType({ type: 'string', format: 'date-time' })).toBe('datetime-local');
    expect(textInputType({ type: 'string', format: 'email' })).toBe('email');
    expect(textInputType({ type: 'string' })).toBe('text');
  });

  it('keeps PEM documents multi-line', () => {
    expect(isMultilineText({ type: 'string', pattern: '-----BEGIN [A-Z0-9 ]+-----[\\s\\S]+?' })).toBe(true);
    expect(isMultilineText({ type: 'string' })).toBe(false);
  });
});

describe('emptyValueFor', () => {
  it('starts a new item from its default or an empty value of its type', () => {
    expect(emptyValueFor({ type: 'string' })).toBe('');
    expect(emptyValueFor({ type: 'integer', default: 5 })).toBe(5);
    expect(emptyValueFor({ type: 'object', properties: { a: { type: 'string' } } })).toEqual({});
    expect(emptyValueFor({ type: 'string', const: 'x' })).toBe('x');
    expect(emptyValueFor({})).toBeNull();
  });
});
