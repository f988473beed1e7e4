import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { validateFlowDefinition, type FlowDefinition } from '@tributary/workflows/flow-definition';
import { fieldErrorsFromZod, joinPath } from '../validation/field-errors';
import { InvalidFlowDefinitionError } from './flows.errors';

/**
 * Validates a flow create/update body in one pass: the envelope (slug, name,
 * …) with its zod schema and `definition` with `validateFlowDefinition`, so a
 * 400 lists every invalid field at once, e.g. `slug` and
 * `definition.steps[1].connector`.
 */
export class FlowWritePipe<Envelope extends z.ZodObject> implements PipeTransform {
  constructor(private readonly envelope: Envelope) {}

  transform(body: unknown): z.output<Envelope> & { definition: FlowDefinition } {
    const envelope = this.envelope.safeParse(body);
    const definition = validateFlowDefinition(isRecord(body) ? body.definition : undefined);
    const errors = [
      ...(envelope.success ? [] : fieldErrorsFromZod(envelope.error.issues)),
      ...(definition.ok
        ? []
        : definition.issues.map((issue) => ({ ...issue, path: joinPath('definition', issue.path) }))),
    ];
    if (!envelope.success || !definition.ok) throw new InvalidFlowDefinitionError(errors);
    return { ...envelope.data, definition: definition.flow };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
