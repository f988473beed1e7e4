import type { FlowStep, OnError } from './flow-steps';

/**
 * The nested blocks of a step, in the order they run. One place knows the
 * shape of the tree, so the validator, the interpreter's progress list and
 * the editor all walk it the same way.
 */
export interface ChildBlock {
  /** path from the step to the block, e.g. ["then"], ["cases", 2, "steps"] */
  path: (string | number)[];
  steps: FlowStep[];
  /** the block is a loop body: `$item`/`$index` are defined inside */
  loopBody: boolean;
  /** the block runs only when the step failed (error handler) */
  errorHandler: boolean;
  /** branch label shown in progress, e.g. "then", "case 2", "branch fast" */
  label: string;
}

export function childBlocks(step: FlowStep): ChildBlock[] {
  const blocks: ChildBlock[] = [];
  const add = (path: (string | number)[], steps: FlowStep[] | undefined, label: string, loopBody = false) => {
    if (steps) blocks.push({ path, steps, loopBody, errorHandler: false, label });
  };
  switch (step.kind) {
    case 'if':
      add(['then'], step.then, 'then');
      add(['else'], step.else, 'else');
      break;
    case 'switch':
      step.cases.forEach((entry, index) => add(['cases', index, 'steps'], entry.steps, `case ${index}`));
      add(['default'], step.default, 'default');
      break;
    case 'forEach':
      add(['steps'], step.steps, 'each item', true);
      break;
    case 'parallel':
      step.branches.forEach((branch, index) => add(['branches', index, 'steps'], branch.steps, branch.name));
      break;
    case 'waitForEvent':
      add(['onTimeout'], step.onTimeout, 'on timeout');
      break;
    default:
      break;
  }
  const handler = errorHandlerSteps(step.onError);
  if (handler)
    blocks.push({ path: ['onError', 'steps'], steps: handler, loopBody: false, errorHandler: true, label: 'on error' });
  return blocks;
}

export function errorHandlerSteps(onError: OnError | undefined): FlowStep[] | undefined {
  return typeof onError === 'object' && onError.mode === 'handler' ? onError.steps : undefined;
}

export interface VisitedStep {
  step: FlowStep;
  /** JSON path segments from the flow root, e.g. ["steps", 1, "then", 0] */
  path: (string | number)[];
  parentId?: string;
  /** inside a forEach body at any depth */
  inLoop: boolean;
  /** ids of enclosing steps whose error handler this step is part of */
  handlerOf: string[];
  depth: number;
}

/** Every step of the tree, depth-first in document order (which is also run order). */
export function flattenSteps(steps: FlowStep[], root: (string | number)[] = ['steps']): VisitedStep[] {
  const out: VisitedStep[] = [];
  const visit = (
    list: FlowStep[],
    base: (string | number)[],
    parentId: string | undefined,
    inLoop: boolean,
    handlerOf: string[],
    depth: number,
  ) => {
    list.forEach((step, index) => {
      const path = [...base, index];
      out.push({ step, path, parentId, inLoop, handlerOf, depth });
      for (const block of childBlocks(step)) {
        const handlers = block.errorHandler ? [...handlerOf, step.id] : handlerOf;
        visit(block.steps, [...path, ...block.path], step.id, inLoop || block.loopBody, handlers, depth + 1);
      }
    });
  };
  visit(steps, root, undefined, false, [], 0);
  return out;
}
