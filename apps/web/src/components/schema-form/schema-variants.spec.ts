import { describe, expect, it } from 'vitest';
import { objectVariants, selectedVariant, switchVariant, variantFields } from './schema-variants';

const cmmsAuth = {
  oneOf: [
    {
      type: 'object',
      title: 'API key',
      properties: {
        type: { type: 'string', const: 'apiKey' },
        baseUrl: { type: 'string', format: 'uri' },
        apiKey: { type: 'string', secret: true, writeOnly: true },
      },
      required: ['type', 'baseUrl', 'apiKey'],
    },
    {
      type: 'object',
      title: 'OAuth2 client credentials',
      properties: {
        type: { type: 'string', const: 'oauth2' },
        baseUrl: { type: 'string', format: 'uri' },
        clientId: { type: 'string' },
        clientSecret: { type: 'string', secret: true },
      },
      required: ['type', 'baseUrl', 'clientId', 'clientSecret'],
    },
  ],
};

describe('objectVariants', () => {
  it('finds the const property that tells the branches apart', () => {
    const variants = objectVariants(cmmsAuth);
    expect(variants?.discriminator).toBe('type');
    expect(variants?.variants.map((variant) => [variant.title, variant.discriminatorValue])).toEqual([
      ['API key', 'apiKey'],
      ['OAuth2 client credentials', 'oauth2'],
    ]);
  });

  it('is undefined unless every branch is an object', () => {
    expect(objectVariants({ oneOf: [{ type: 'string' }, { type: 'object' }] })).toBeUndefined();
    expect(objectVariants({ type: 'object' })).toBeUndefined();
  });

  it('names branches without a title after their const, else by position', () => {
    const variants = objectVariants({
      oneOf: [
        { type: 'object', properties: { kind: { const: 'a' } } },
        { type: 'object', properties: { kind: { const: 'b' } } },
      ],
    });
    expect(variants?.variants.map((variant) => variant.title)).toEqual(['a', 'b']);
    const unnamed = objectVariants({ anyOf: [{ type: 'object', properties: { x: {} } }, { type: 'object' }] });
    expect(unnamed?.discriminator).toBeUndefined();
    expect(unnamed?.variants.map((variant) => variant.title)).toEqual(['Option 1', 'Option 2']);
  });
});

describe('selectedVariant', () => {
  const variants = objectVariants(cmmsAuth)!;

  it('picks the branch by the discriminator value', () => {
    expect(selectedVariant(variants, { type: 'oauth2' })?.title).toBe('OAuth2 client credentials');
    expect(selectedVariant(variants, { type: 'other' })).toBeUndefined();
    expect(selectedVariant(variants, {})).toBeUndefined();
  });

  it('without a discriminator, picks the first branch whose required properties are present', () => {
    const plain = objectVariants({
      oneOf: [
        { type: 'object', properties: { url: {} }, required: ['url'] },
        { type: 'object', properties: { host: {}, port: {} }, required: ['host'] },
      ],
    })!;
    expect(selectedVariant(plain, { host: 'db' })?.index).toBe(1);
    expect(selectedVariant(plain, { port: 5432 })?.index).toBe(1);
  });
});

describe('switchVariant', () => {
  const variants = objectVariants(cmmsAuth)!;

  it('sets the new const and keeps only the properties the new branch has', () => {
    const next = switchVariant(
      variants,
      { type: 'apiKey', baseUrl: 'https://cmms.example.com', apiKey: 'k' },
      variants.variants[1]!,
    );
    expect(next).toEqual({ type: 'oauth2', baseUrl: 'https://cmms.example.com' });
  });

  it('lists the branch fields without the discriminator', () => {
    expect(variantFields(variants, variants.variants[0]!).map(([name]) => name)).toEqual(['baseUrl', 'apiKey']);
  });
});
