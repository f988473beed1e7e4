import type { FlowDefinition, FlowStep } from '@tributary/workflows/flow-definition';
import { childBlocks, flattenSteps } from '@tributary/workflows/definition/step-tree';

/**
 * Pure edits of a flow's step tree. Every function returns a new definition
 * (the old one stays valid for undo) and copies only the steps on the path to
 * the change, so an unchanged subtree keeps its identity and memoised nodes
 * of the canvas do not re-render.
 */

/** A block of steps: the top-level list (`parentId: null`), or a block of a step, by its path from that step. */
export interface BlockRef {
  parentId: string | null;
  /** e.g. ["then"], ["cases", 1, "steps"], ["onError", "steps"]; ignored for the top level */
  path: (string | number)[];
}

export const TOP_LEVEL: BlockRef = { parentId: null, path: ['steps'] };

export interface StepLocation {
  step: FlowStep;
  block: BlockRef;
  index: number;
}

/** Refused edits carry a message the editor shows as is. */
export class StepTreeEditError extends Error {
  readonly code = 'step_tree_edit_refused';
}

export function findStep(definition: FlowDefinition, id: string): StepLocation | undefined {
  for (const visited of flattenSteps(definition.steps)) {
    if (visited.step.id !== id) continue;
    const index = visited.path[visited.path.length - 1] as number;
    if (!visited.parentId) return { step: visited.step, block: TOP_LEVEL, index };
    const parent = findStep(definition, visited.parentId)!;
    const parentPath = pathOf(definition, parent.step.id);
    const blockPath = visited.path.slice(parentPath.length, -1);
    return { step: visited.step, block: { parentId: visited.parentId, path: blockPath }, index };
  }
  return undefined;
}

/** Every step id of the tree, in document order. */
export function stepIds(definition: FlowDefinition): string[] {
  return flattenSteps(definition.steps).map((visited) => visited.step.id);
}

/** The steps of a block, or undefined when the block does not exist. */
export function blockSteps(definition: FlowDefinition, block: BlockRef): FlowStep[] | undefined {
  if (block.parentId === null) return definition.steps;
  const parent = findStep(definition, block.parentId)?.step;
  if (!parent) return undefined;
  const found = childBlocks(parent).find((candidate) => samePath(candidate.path, block.path));
  if (found) return found.steps;
  // an empty or absent block (a new `else`) is still a place steps can go
  const value = readPath(parent, block.path);
  return Array.isArray(value) ? (value as FlowStep[]) : isKnownBlockPath(parent, block.path) ? [] : undefined;
}

export function insertStep(definition: FlowDefinition, block: BlockRef, index: number, step: FlowStep): FlowDefinition {
  if (stepIds(definition).includes(step.id)) throw new StepTreeEditError(`A step with id "${step.id}" already exists.`);
  return updateBlock(definition, block, (steps) => {
    const at = Math.max(0, Math.min(index, steps.length));
    return [...steps.slice(0, at), step, ...steps.slice(at)];
  });
}

/** Inserts right after the step `afterId` in its block; `"trigger"` means the start of the top level. */
export function insertStepAfter(definition: FlowDefinition, afterId: string, step: FlowStep): FlowDefinition {
  if (afterId === 'trigger') return insertStep(definition, TOP_LEVEL, 0, step);
  const location = findStep(definition, afterId);
  if (!location) throw new StepTreeEditError(`There is no step "${afterId}".`);
  return insertStep(definition, location.block, location.index + 1, step);
}

export function removeStep(definition: FlowDefinition, id: string): FlowDefinition {
  const location = findStep(definition, id);
  if (!location) return definition;
  return updateBlock(definition, location.block, (steps) => steps.filter((_, index) => index !== location.index));
}

/** Moves a step to `toIndex` within its own block (indexes of the block before the move). */
export function moveStep(definition: FlowDefinition, id: string, toIndex: number): FlowDefinition {
  const location = findStep(definition, id);
  if (!location) return definition;
  return updateBlock(definition, location.block, (steps) => {
    const target = Math.max(0, Math.min(toIndex, steps.length - 1));
    if (target === location.index) return steps;
    const without = steps.filter((_, index) => index !== location.index);
    return [...without.slice(0, target), location.step, ...without.slice(target)];
  });
}

/** Moves a step one place up (-1) or down (+1) in its block; unchanged at either end. */
export function shiftStep(definition: FlowDefinition, id: string, by: -1 | 1): FlowDefinition {
  const location = findStep(definition, id);
  if (!location) return definition;
  return moveStep(definition, id, location.index + by);
}

/**
 * Replaces the step `id` with `next`. When `next` has another id the step is
 * renamed: refused if the id is taken, and `$steps.<old>` references in every
 * expression of the flow follow the new name.
 */
export function replaceStep(definition: FlowDefinition, id: string, next: FlowStep): FlowDefinition {
  const location = findStep(definition, id);
  if (!location) throw new StepTreeEditError(`There is no step "${id}".`);
  if (next.id !== id) {
    if (next.id.trim() === '') throw new StepTreeEditError('A step id must not be empty.');
    if (stepIds(definition).includes(next.id)) {
      throw new StepTreeEditError(`A step with id "${next.id}" already exists.`);
    }
  }
  const replaced = updateBlock(definition, location.block, (steps) =>
    steps.map((step, index) => (index === location.index ? next : step)),
  );
  return next.id === id ? replaced : renameStepReferences(replaced, id, next.id);
}

/** Renames a step (see replaceStep). */
export function renameStep(definition: FlowDefinition, id: string, nextId: string): FlowDefinition {
  const location = findStep(definition, id);
  if (!location) throw new StepTreeEditError(`There is no step "${id}".`);
  return replaceStep(definition, id, { ...location.step, id: nextId });
}

/**
 * Rewrites `$steps.<from>` to `$steps.<to>` in every string of the flow.
 * Expressions also live outside "="-templates (an `if` condition, a mapping
 * rule's expression), so every string is looked at; `$steps.x` followed by a
 * letter or digit is another step and stays.
 */
export function renameStepReferences(definition: FlowDefinition, from: string, to: string): FlowDefinition {
  const pattern = new RegExp(`\\$steps\\.${escapeRegExp(from)}(?![A-Za-z0-9_])`, 'g');
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return pattern.test(value) ? value.replace(pattern, `$steps.${to}`) : value;
    if (Array.isArray(value)) {
      const mapped = value.map(rewrite);
      return mapped.every((item, index) => item === value[index]) ? value : mapped;
    }
    if (value && typeof value === 'object') {
      let changed = false;
      const entries = Object.entries(value).map(([key, item]) => {
        const next = rewrite(item);
        if (next !== item) changed = true;
        return [key, next] as const;
      });
      return changed ? Object.fromEntries(entries) : value;
    }
    return value;
  };
  return rewrite(definition) as FlowDefinition;
}

/** `base`, or `base2`, `base3`… — the first that no step uses; the base is made a valid step id first. */
export function uniqueStepId(definition: FlowDefinition, base: string): string {
  const taken = new Set(stepIds(definition));
  const clean = stepIdBase(base);
  if (!taken.has(clean)) return clean;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${clean.slice(0, 62 - String(suffix).length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** "Create work order" → "createWorkOrder"; a step id starts with a letter and uses letters, digits and _. */
export function stepIdBase(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const camel = words
    .map((word, index) =>
      index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join('');
  const id = /^[A-Za-z]/.test(camel) ? camel : `step${camel}`;
  return id.slice(0, 60);
}

function updateBlock(
  definition: FlowDefinition,
  block: BlockRef,
  change: (steps: FlowStep[]) => FlowStep[],
): FlowDefinition {
  if (block.parentId === null) return { ...definition, steps: change(definition.steps) };
  const parentId = block.parentId;
  const parent = findStep(definition, parentId);
  if (!parent) throw new StepTreeEditError(`There is no step "${parentId}".`);
  const current = blockSteps(definition, block);
  if (!current) throw new StepTreeEditError(`Step "${parentId}" has no block ${block.path.join('.')}.`);
  const nextParent = writePath(parent.step, block.path, change(current)) as FlowStep;
  return updateBlock(definition, parent.block, (steps) =>
    steps.map((step, index) => (index === parent.index ? nextParent : step)),
  );
}

function pathOf(definition: FlowDefinition, id: string): (string | number)[] {
  return flattenSteps(definition.steps).find((visited) => visited.step.id === id)!.path;
}

function samePath(a: (string | number)[], b: (string | number)[]): boolean {
  return a.length === b.length && a.every((segment, index) => segment === b[index]);
}

function readPath(value: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (current, key) => (current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined),
    value,
  );
}

/** Blocks a step may have even while they are absent: an `else`, a `default`, an `onTimeout`. */
function isKnownBlockPath(step: FlowStep, path: (string | number)[]): boolean {
  const key = path.join('.');
  if (step.kind === 'if') return key === 'then' || key === 'else';
  if (step.kind === 'switch') return key === 'default' || /^cases\.\d+\.steps$/.test(key);
  if (step.kind === 'forEach') return key === 'steps';
  if (step.kind === 'parallel') return /^branches\.\d+\.steps$/.test(key);
  if (step.kind === 'waitForEvent') return key === 'onTimeout';
  return false;
}

function writePath(value: unknown, path: (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[head as number] = writePath(copy[head as number], rest, next);
    return copy;
  }
  const record = (value ?? {}) as Record<string, unknown>;
  return { ...record, [head!]: writePath(record[head!], rest, next) };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
