import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { flattenSteps } from '@tributary/workflows/definition/step-tree';

/** A connection named somewhere in a flow, with the JSON path segments of the field that names it. */
export interface ConnectionReference {
  name: string;
  path: (string | number)[];
}

/**
 * Every place a flow names a stored connection: an action step's
 * `connection` and its compensation's at any depth, a poll/subscription
 * trigger's `connection`, a webhook trigger's `auth.connection`. Flows hold
 * names only, never secrets, which is what makes them safe to export.
 */
export function connectionReferences(flow: FlowDefinition): ConnectionReference[] {
  const references: ConnectionReference[] = [];
  const trigger = flow.trigger;
  if ((trigger.kind === 'poll' || trigger.kind === 'subscription') && trigger.connection !== undefined) {
    references.push({ name: trigger.connection, path: ['trigger', 'connection'] });
  }
  if (trigger.kind === 'webhook' && trigger.auth !== undefined && trigger.auth.scheme !== 'none') {
    references.push({ name: trigger.auth.connection, path: ['trigger', 'auth', 'connection'] });
  }
  for (const { step, path } of flattenSteps(flow.steps)) {
    if (step.kind !== 'action') continue;
    if (step.connection !== undefined) references.push({ name: step.connection, path: [...path, 'connection'] });
    if (step.compensation?.connection !== undefined) {
      references.push({ name: step.compensation.connection, path: [...path, 'compensation', 'connection'] });
    }
  }
  return references;
}

/** The distinct connection names a flow needs, sorted (so an export diffs cleanly). */
export function connectionNames(flow: FlowDefinition): string[] {
  return [...new Set(connectionReferences(flow).map((reference) => reference.name))].sort();
}
