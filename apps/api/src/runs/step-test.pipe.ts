import type { PipeTransform } from '@nestjs/common';
import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { checkFlowDefinition, locate } from '../flows/flow-definition-check';
import { InvalidFlowDefinitionError } from '../flows/flows.errors';
import { StepTestEnvelope, type StepTestScope } from './step-test.schemas';

/** The body once checked; `definition` is parsed, so its defaults are applied. */
export interface CheckedStepTestRequest {
  definition?: FlowDefinition;
  input?: Record<string, unknown>;
  scope?: StepTestScope;
}

/**
 * Validates a "Test this step" body in one pass, as the draft test run's
 * pipe does: unknown fields, `input` and `scope`, and a given `definition`
 * exactly as a PUT of the flow checks it, so the 400 lists
 * `definition.steps[1].connector` with its JSON pointer. A body-less POST
 * tests the step of the saved draft with an empty scope.
 */
export class StepTestPipe implements PipeTransform {
  transform(body: unknown): CheckedStepTestRequest {
    const envelope = StepTestEnvelope.safeParse(body ?? {});
    if (!envelope.success) {
      throw new InvalidFlowDefinitionError(envelope.error.issues.map((issue) => locate(issue.path, issue.message)));
    }
    const { definition, input, scope } = envelope.data;
    if (definition === undefined) return { ...(input ? { input } : {}), ...(scope ? { scope } : {}) };
    const checked = checkFlowDefinition(definition);
    if (!checked.ok) throw new InvalidFlowDefinitionError(checked.problems);
    return { definition: checked.flow, ...(input ? { input } : {}), ...(scope ? { scope } : {}) };
  }
}
