import { flattenSteps } from '@tributary/workflows/definition/step-tree';
import type { ActionStep, FlowDefinition } from '@tributary/workflows/flow-definition';

/**
 * The action a map step prepares data for, whose input schema is the
 * mapping's natural target: the first action that reads
 * `$steps.<mapId>.output`, else simply the next action after the map step.
 */
export function mappedForAction(definition: FlowDefinition, mapStepId: string): ActionStep | undefined {
  const steps = flattenSteps(definition.steps).map((entry) => entry.step);
  const index = steps.findIndex((step) => step.id === mapStepId);
  if (index < 0) return undefined;
  const later = steps.slice(index + 1).filter((step): step is ActionStep => step.kind === 'action');
  const reference = new RegExp(`\\$steps\\.${mapStepId}\\b`);
  return later.find((step) => reference.test(JSON.stringify(step.input ?? {}))) ?? later[0];
}
