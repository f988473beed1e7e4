import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from './load-openapi-document';
import { componentConstantName, zodSourceOf } from './schema-to-zod-source';

const document: OpenApiDocument = { openapi: '3.0.3', info: { title: 't', version: '1' }, paths: {} };
const context = { document, componentConstants: new Map([['Pet', 'Pet']]) };

describe('zodSourceOf', () => {
  it('refers to shared component constants by name', () => {
    expect(zodSourceOf({ type: 'array', items: { $ref: '#/components/schemas/Pet' } }, context)).toBe('z.array(Pet)');
  });

  it("honours OpenAPI 3.0's nullable and keeps descriptions", () => {
    expect(zodSourceOf({ type: 'string', nullable: true, description: 'closing note' }, context)).toBe(
      'z.string().nullable().describe("closing note")',
    );
  });

  it('turns a ref that closes a cycle into unknown', () => {
    expect(zodSourceOf({ $ref: '#/components/schemas/Node' }, context)).toBe(
      'z.unknown().describe("Node (recursive, not checked)")',
    );
  });
});

describe('componentConstantName', () => {
  it('keeps component constants clear of JavaScript globals', () => {
    expect(componentConstantName('Error')).toBe('ErrorSchema');
    expect(componentConstantName('work_order')).toBe('WorkOrder');
    expect(componentConstantName('2fa-challenge')).toBe('Schema2faChallenge');
  });
});
