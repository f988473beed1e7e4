// fast-json-patch is CommonJS whose named exports Node's ESM loader cannot see: take them from the default export.
import jsonPatch, { type Operation } from 'fast-json-patch';
import type { FlowDefinition, FlowStep } from '@tributary/workflows/flow-definition';
import { childBlocks, flattenSteps, type VisitedStep } from '@tributary/workflows/definition/step-tree';

const { compare } = jsonPatch;

/** An RFC 6902 operation (fast-json-patch's type also has its internal `_get`). */
export type JsonPatchOperation = Exclude<Operation, { op: '_get' }>;

export interface FlowDiffSummary {
  stepsAdded: string[];
  stepsRemoved: string[];
  /** steps whose own settings changed, or that moved to another block or order */
  stepsChanged: string[];
  triggerChanged: boolean;
}

/**
 * What changed between two definitions: an RFC 6902 patch that turns `from`
 * into `to`, and a summary by step id. Steps are matched by id at any depth,
 * so a step moved into another branch is "changed", not removed and added.
 * A step is changed when its own settings change or it moves (another block,
 * or another rank among the siblings both versions share); adding, editing
 * or removing a step nested in it is reported under that step's id only.
 */
export function diffFlowDefinitions(
  from: FlowDefinition,
  to: FlowDefinition,
): { patch: JsonPatchOperation[]; summary: FlowDiffSummary } {
  const before = indexSteps(from);
  const after = indexSteps(to);
  const stepsAdded = [...after.keys()].filter((id) => !before.has(id));
  const stepsRemoved = [...before.keys()].filter((id) => !after.has(id));
  const commonIds = [...after.keys()].filter((id) => before.has(id));
  const moved = new Set(commonIds.filter((id) => before.get(id)?.container !== after.get(id)?.container));
  // Rank among the siblings that stayed in the same block in both versions: adding, removing or
  // moving a neighbour away does not make a step "changed", swapping two steps does.
  const stayed = new Set(commonIds.filter((id) => !moved.has(id)));
  const stepsChanged = commonIds.filter((id) => {
    const old = before.get(id);
    const now = after.get(id);
    if (old === undefined || now === undefined) return false;
    if (moved.has(id) || !equal(old.own, now.own)) return true;
    return siblingRank(before, old, stayed) !== siblingRank(after, now, stayed);
  });
  return {
    patch: compare(from, to).filter(isStandardOperation),
    summary: {
      stepsAdded,
      stepsRemoved,
      stepsChanged,
      triggerChanged: !equal(from.trigger, to.trigger),
    },
  };
}

interface IndexedStep {
  /** the step with its nested blocks emptied: nested steps are compared on their own */
  own: unknown;
  /** the enclosing step and block, e.g. `check/then`; "" for the top level */
  container: string;
  /** position in the document, to rank siblings */
  order: number;
}

function indexSteps(flow: FlowDefinition): Map<string, IndexedStep> {
  const index = new Map<string, IndexedStep>();
  const visited = flattenSteps(flow.steps);
  const pathsById = new Map(visited.map((entry) => [entry.step.id, entry.path]));
  visited.forEach((entry, order) => {
    index.set(entry.step.id, { own: ownSettings(entry.step), container: containerOf(entry, pathsById), order });
  });
  return index;
}

function ownSettings(step: FlowStep): unknown {
  const copy = structuredClone(step) as unknown as Record<string | number, unknown>;
  for (const block of childBlocks(step)) {
    setAt(copy, block.path, []);
  }
  return copy;
}

function containerOf(entry: VisitedStep, pathsById: Map<string, (string | number)[]>): string {
  if (entry.parentId === undefined) return '';
  const parentPath = pathsById.get(entry.parentId) ?? [];
  return [entry.parentId, ...entry.path.slice(parentPath.length, -1)].join('/');
}

function siblingRank(index: Map<string, IndexedStep>, step: IndexedStep, stayed: Set<string>): number {
  return [...index.entries()].filter(
    ([id, other]) => stayed.has(id) && other.container === step.container && other.order < step.order,
  ).length;
}

function setAt(target: Record<string | number, unknown>, path: (string | number)[], value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.slice(0, -1).forEach((key) => {
    node = node[key] as Record<string | number, unknown>;
  });
  node[path[path.length - 1]!] = value;
}

function equal(a: unknown, b: unknown): boolean {
  return compare({ value: a }, { value: b }).length === 0;
}

function isStandardOperation(operation: Operation): operation is JsonPatchOperation {
  return operation.op !== '_get';
}
