import type { PipeTransform } from '@nestjs/common';
import { checkFlowDefinition, locate } from '../flows/flow-definition-check';
import { InvalidFlowDefinitionError } from '../flows/flows.errors';
import { DraftTestRunEnvelope, OnlyStep, type DraftTestRunRequest } from './draft-test-run.schemas';

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
    const { payload, definition, onlyStep } = envelope.data;
    const step = onlyStep === undefined ? undefined : OnlyStep.safeParse(onlyStep);
    const checked = definition === undefined ? undefined : checkFlowDefinition(definition);
    const problems = [
      ...(step && !step.success
        ? step.error.issues.map((issue) => locate(['onlyStep', ...issue.path], issue.message))
        : []),
      ...(checked && !checked.ok ? checked.problems : []),
    ];
    if (problems.length > 0) throw new InvalidFlowDefinitionError(problems);
    return {
      ...(payload === undefined ? {} : { payload }),
      ...(checked?.ok ? { definition: checked.flow } : {}),
      ...(step?.success ? { onlyStep: step.data } : {}),
    };
  }
}
