import type { PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { checkFlowDefinition, locate } from './flow-definition-check';
import { InvalidFlowDefinitionError } from './flows.errors';

/**
 * Validates a flow create/update/import body in one pass: the envelope (slug,
 * name, …) with its zod schema and `definition` with the flow schema, so a
 * 400 lists every invalid field at once, e.g. `slug` and
 * `definition.steps[1].connector`, each with its JSON pointer.
 */
export class FlowWritePipe<Envelope extends z.ZodObject> implements PipeTransform {
  constructor(private readonly envelope: Envelope) {}

  transform(body: unknown): z.output<Envelope> & { definition: FlowDefinition } {
    const envelope = this.envelope.safeParse(body);
    const definition = checkFlowDefinition(isRecord(body) ? body.definition : undefined);
    const errors = [
      ...(envelope.success ? [] : envelope.error.issues.map((issue) => locate(issue.path, issue.message))),
      ...(definition.ok ? [] : definition.problems),
    ];
    if (!envelope.success || !definition.ok) throw new InvalidFlowDefinitionError(errors);
    return { ...envelope.data, definition: definition.flow };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
