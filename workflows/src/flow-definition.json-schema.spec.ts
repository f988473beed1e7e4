import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowDefinitionJsonSchema } from './flow-definition.json-schema';

const committed = new URL('../../docs/flow-definition.schema.json', import.meta.url);

describe('the committed flow JSON Schema', () => {
  it('matches the zod source (regenerate with `npm run flow:schema`)', () => {
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(flowDefinitionJsonSchema());
  });

  it('lists every step kind', () => {
    const text = JSON.stringify(flowDefinitionJsonSchema());
    for (const kind of ['"action"', '"map"']) expect(text).toContain(kind);
  });
});
