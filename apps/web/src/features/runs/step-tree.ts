import type { RunStep } from '../../api/runs.api';

/** A step of the timeline with how deep it is nested (0 = top level). */
export interface TimelineRow {
  step: RunStep;
  depth: number;
}

/**
 * Orders a run's steps for the timeline: each step followed by the steps
 * nested in it (`parentId`), depth-first, keeping the API's order among
 * siblings. A step whose parent is not listed is shown at the top level
 * rather than hidden.
 */
export function nestSteps(steps: RunStep[]): TimelineRow[] {
  const ids = new Set(steps.map((step) => step.id));
  const children = new Map<string | undefined, RunStep[]>();
  for (const step of steps) {
    const parent = step.parentId !== undefined && ids.has(step.parentId) ? step.parentId : undefined;
    const siblings = children.get(parent) ?? [];
    siblings.push(step);
    children.set(parent, siblings);
  }
  const rows: TimelineRow[] = [];
  const visited = new Set<string>();
  const visit = (parent: string | undefined, depth: number) => {
    for (const step of children.get(parent) ?? []) {
      // a parentId cycle in bad data must not loop forever
      if (visited.has(step.id)) continue;
      visited.add(step.id);
      rows.push({ step, depth });
      visit(step.id, depth + 1);
    }
  };
  visit(undefined, 0);
  return rows;
}

/**
 * The step "Retry from failed step" restarts from: the top-level step that
 * contains the first failure the run did not handle (the API restarts only
 * from top-level steps). Undefined when no step failed that way.
 */
export function restartStepId(steps: RunStep[]): string | undefined {
  const failed = steps.find((step) => step.status === 'failed' && !step.handled);
  if (!failed) return undefined;
  const byId = new Map(steps.map((step) => [step.id, step]));
  let current = failed;
  const seen = new Set<string>([current.id]);
  while (current.parentId !== undefined) {
    const parent = byId.get(current.parentId);
    if (!parent || seen.has(parent.id)) break;
    seen.add(parent.id);
    current = parent;
  }
  return current.id;
}

/** Steps waiting for a person's decision (an approval step), which the run page offers to approve or reject. */
export function waitingApprovals(steps: RunStep[]): RunStep[] {
  return steps.filter((step) => step.status === 'waiting' && step.waitingFor?.approval !== undefined);
}
