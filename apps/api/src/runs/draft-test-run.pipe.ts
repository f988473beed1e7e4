import type { PipeTransform } from '@nestjs/common';
import { checkFlowDefinition, locate } from '../flows/flow-definition-check';
import { InvalidFlowDefinitionError } from '../flows/flows.errors';
import { DraftTestRunEnvelope, type DraftTestRunRequest } from './draft-test-run.schemas';

/**
 * Validates a draft test run body in one pass: unknown fields, and a given
 * `definition` exactly as a PUT of the flow checks it, so the 400 lists
 * `definition.steps[1].connector` with its JSON pointer. A body-less POST
 * runs the saved draft with no payload.
 */
export class DraftTestRunPipe implements PipeTransform {
  transform(body: unknown): DraftTestRunRequest {
    const envelope = DraftTestRunEnvelope.safeParse(body ?? {});
    if (!envelope.success) {
      throw new InvalidFlowDefinitionError(envelope.error.issues.map((issue) => locate(issue.path, issue.message)));
    }
    const { payload, definition } = envelope.data;
    if (definition === undefined) return payload === undefined ? {} : { payload };
    const checked = checkFlowDefinition(definition);
    if (!checked.ok) throw new InvalidFlowDefinitionError(checked.problems);
    return { ...(payload === undefined ? {} : { payload }), definition: checked.flow };
  }
}
