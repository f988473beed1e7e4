import { flattenSteps } from '@tributary/workflows/definition/step-tree';
import type { FlowDefinition } from '@tributary/workflows/flow-definition';

const STEP_ID = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * Why `candidate` cannot be this step's id, or null when it can. Ids are
 * referenced as `$steps.<id>` and must be unique across the whole tree,
 * nested blocks included; "trigger" names the trigger node in the editor.
 */
export function stepIdProblem(candidate: string, currentId: string, definition: FlowDefinition): string | null {
  if (candidate === '') return 'A step needs an id.';
  if (!STEP_ID.test(candidate)) return 'Start with a letter; use letters, digits or _ (at most 64).';
  if (candidate === 'trigger') return '"trigger" is reserved for the trigger.';
  if (candidate === currentId) return null;
  const taken = flattenSteps(definition.steps).some((entry) => entry.step.id === candidate);
  return taken ? `Another step is already called "${candidate}".` : null;
}

/** `base`, or `base2`, `base3`… : the first id no step of the definition uses yet. */
export function freshStepId(base: string, definition: FlowDefinition): string {
  const taken = new Set(flattenSteps(definition.steps).map((entry) => entry.step.id));
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}${suffix}`)) suffix += 1;
  return `${base}${suffix}`;
}
