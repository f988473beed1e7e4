import { Validator, type OutputUnit, type ValidationResult } from '@cfworker/json-schema';
import { defineAction, NonRetryableError } from '@tributary/connector-sdk';
import { z } from 'zod';
import { SCHEMA_SHAPE } from '../json-schema-shape';

export const ValidateJsonSchemaInput = z.strictObject({
  value: z.unknown().describe('The JSON value to check'),
  schema: z
    .union([z.record(z.string(), z.unknown()), z.boolean()])
    .describe('A JSON Schema (draft 2020-12); only local $refs (#/$defs/…) resolve'),
});
export type ValidateJsonSchemaInput = z.input<typeof ValidateJsonSchemaInput>;

export const ValidateJsonSchemaOutput = z.object({
  valid: z.boolean().describe('Whether the value matches the schema'),
  errors: z
    .array(
      z.object({
        path: z.string().describe('JSON pointer to the offending value, "" for the value itself, e.g. "/items/0/sku"'),
        message: z.string().describe('What is wrong there'),
      }),
    )
    .describe('Empty when valid'),
});
export type ValidateJsonSchemaOutput = z.output<typeof ValidateJsonSchemaOutput>;

const shapeValidator = new Validator(SCHEMA_SHAPE, '2020-12', false);

export const validateJsonSchema = defineAction({
  name: 'jsonSchemaValidate',
  displayName: 'Validate against JSON Schema',
  description: 'Checks a value against a JSON Schema and lists every violation with its location.',
  input: ValidateJsonSchemaInput,
  output: ValidateJsonSchemaOutput,
  async run(_ctx, input) {
    const shape = shapeValidator.validate(input.schema);
    if (!shape.valid) throw invalidSchema(readableErrors(shape.errors).map((e) => `${e.path || '/'}: ${e.message}`));
    let outcome: ValidationResult;
    try {
      // Unresolvable $refs and bad regular expressions only surface while validating.
      outcome = new Validator(input.schema, '2020-12', false).validate(input.value);
    } catch (error) {
      throw invalidSchema([error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)]);
    }
    return { valid: outcome.valid, errors: readableErrors(outcome.errors) };
  },
});

function invalidSchema(problems: string[]): NonRetryableError {
  return new NonRetryableError(`The schema is not a valid JSON Schema: ${problems.join('; ')}`, {
    code: 'INVALID_SCHEMA',
    details: { problems },
  });
}

/**
 * The validator reports each failure at every level (`properties` → `type`);
 * keep the innermost ones, which say what is actually wrong.
 */
function readableErrors(units: OutputUnit[]): { path: string; message: string }[] {
  const locations = units.map((unit) => unit.keywordLocation);
  return units
    .filter((unit) => !locations.some((other) => other.startsWith(`${unit.keywordLocation}/`)))
    .filter((unit) => unit.keyword !== 'false' || units.length === 1)
    .map((unit) => ({ path: unit.instanceLocation.replace(/^#/, ''), message: unit.error }));
}
