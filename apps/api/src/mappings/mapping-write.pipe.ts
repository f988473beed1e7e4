import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { validateFieldMapping, type FieldMappingDefinition } from '@tributary/workflows/mappings/index';
import { fieldErrorsFromZod, joinPath } from '../validation/field-errors';
import { InvalidMappingDefinitionError } from './mappings.errors';

/**
 * Validates a body carrying a mapping `definition` in one pass: the rest of
 * the body with its zod schema and the definition with `validateFieldMapping`
 * (rule shape, target collisions, expression syntax), so a 400 lists every
 * problem at once, e.g. `name` and `definition.rules[2].expression`.
 */
export class MappingWritePipe<Envelope extends z.ZodType> implements PipeTransform {
  constructor(private readonly envelope: Envelope) {}

  transform(body: unknown): z.output<Envelope> & { definition: FieldMappingDefinition } {
    const envelope = this.envelope.safeParse(body);
    const definition = validateFieldMapping(isRecord(body) ? body.definition : undefined);
    const errors = [
      ...(envelope.success ? [] : fieldErrorsFromZod(envelope.error.issues)),
      ...(definition.ok
        ? []
        : definition.issues.map((issue) => ({ path: joinPath('definition', issue.path), message: issue.message }))),
    ];
    if (!envelope.success || !definition.ok) throw new InvalidMappingDefinitionError(errors);
    return { ...(envelope.data as object), definition: definition.definition } as z.output<Envelope> & {
      definition: FieldMappingDefinition;
    };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
