import { z } from 'zod';
import { FlowDefinition } from './flow-definition';

/**
 * The flow format as JSON Schema, derived from the zod source so the two can
 * never disagree. Committed as docs/flow-definition.schema.json for editors
 * and CI pipelines that validate flows outside Tributary.
 */
export function flowDefinitionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(FlowDefinition, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://tributary.dev/schemas/flow-definition.schema.json',
    title: 'Tributary flow definition',
  };
}
