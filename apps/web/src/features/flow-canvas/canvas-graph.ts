import type { FlowDefinition, FlowStep } from '@tributary/workflows/flow-definition';
import { childBlocks } from '@tributary/workflows/definition/step-tree';
import type { BlockRef } from '../flow-editor/step-tree-edit';

/**
 * The canvas as a graph, before layout: the trigger, then each block of
 * steps top-down. A step with blocks (if, switch, forEach, parallel,
 * waitForEvent's onTimeout, an error handler) becomes a group region holding
 * its own node (the header) and its branches; every edge joins two nodes of
 * the same region, so a layered layout can place each region on its own.
 * "+" places: the edge after a step carries "Add step after <id>", the last
 * step of a block is followed by an "add" node, an empty block is an "add"
 * node saying which block it fills.
 */
export type GraphNode = StepGraphNode | BlockGraphNode | AddGraphNode;

interface GraphNodeBase {
  /** unique node id of the canvas */
  id: string;
  /** the group region this node sits in; undefined at the top level */
  parent?: string;
}

export interface StepGraphNode extends GraphNodeBase {
  type: 'step';
  /** the step id, or "trigger" */
  stepId: string;
  /** the step's block and index; undefined for the trigger */
  block?: BlockRef;
  index?: number;
  /** the header of a group region (cannot be dragged out of it) */
  header: boolean;
}

export interface BlockGraphNode extends GraphNodeBase {
  type: 'block';
  stepId: string;
  block: BlockRef;
  index: number;
}

export interface AddGraphNode extends GraphNodeBase {
  type: 'add';
  /** the button's accessible name: "Add step after mapJob", "Add step in check else" */
  label: string;
  insert: InsertPlace;
}

export type InsertPlace = { after: string } | { block: BlockRef; index: number };

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** the region both ends sit in */
  parent?: string;
  /** branch label, e.g. "then", "case 1", "on error" */
  label?: string;
  /** the "+" on the edge */
  add?: { label: string; insert: InsertPlace };
}

export interface CanvasGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const TRIGGER_NODE_ID = 'trigger';

export function stepNodeId(stepId: string): string {
  return `step:${stepId}`;
}

export function blockNodeId(stepId: string): string {
  return `block:${stepId}`;
}

/** Nodes in document order: a region before its contents, so the DOM reads like the flow. */
export function buildCanvasGraph(definition: FlowDefinition): CanvasGraph {
  const nodes: GraphNode[] = [{ id: TRIGGER_NODE_ID, type: 'step', stepId: 'trigger', header: false }];
  const edges: GraphEdge[] = [];

  /** Lays out one block; `entry` is the node the block hangs from. Returns nothing: edges are pushed. */
  const addBlock = (
    steps: FlowStep[],
    block: BlockRef,
    parent: string | undefined,
    entry: { node: string; afterId?: string; label?: string; blockName?: string },
  ) => {
    let previous = entry;
    steps.forEach((step, index) => {
      const outer = visitStep(step, block, index, parent);
      edges.push({
        id: `edge:${previous.node}->${outer}`,
        source: previous.node,
        target: outer,
        ...(parent ? { parent } : {}),
        ...(previous.label ? { label: previous.label } : {}),
        add: previous.afterId
          ? { label: `Add step after ${previous.afterId}`, insert: { after: previous.afterId } }
          : { label: `Add step in ${previous.blockName}`, insert: { block, index: 0 } },
      });
      previous = { node: outer, afterId: step.id };
    });
    const addId = `add:${block.parentId ?? 'top'}:${block.path.join('.')}`;
    const last = steps[steps.length - 1];
    nodes.push({
      id: addId,
      type: 'add',
      ...(parent ? { parent } : {}),
      // an empty block hangs from its entry: the trigger (top level) or a branch label
      label: last
        ? `Add step after ${last.id}`
        : entry.afterId
          ? `Add step after ${entry.afterId}`
          : `Add step in ${entry.blockName}`,
      insert: last ? { after: last.id } : { block, index: 0 },
    });
    edges.push({
      id: `edge:${previous.node}->${addId}`,
      source: previous.node,
      target: addId,
      ...(parent ? { parent } : {}),
      ...(previous.label ? { label: previous.label } : {}),
    });
  };

  /** Adds the step (and its region); returns the node that edges of its own block attach to. */
  const visitStep = (step: FlowStep, block: BlockRef, index: number, parent: string | undefined): string => {
    const blocks = childBlocks(step);
    const emptyBlocks = emptyBlockPaths(step);
    if (blocks.length === 0 && emptyBlocks.length === 0) {
      nodes.push({
        id: stepNodeId(step.id),
        type: 'step',
        stepId: step.id,
        block,
        index,
        header: false,
        ...(parent ? { parent } : {}),
      });
      return stepNodeId(step.id);
    }
    const region = blockNodeId(step.id);
    nodes.push({ id: region, type: 'block', stepId: step.id, block, index, ...(parent ? { parent } : {}) });
    nodes.push({ id: stepNodeId(step.id), type: 'step', stepId: step.id, block, index, header: true, parent: region });
    const all = [
      ...blocks.map((child) => ({ path: child.path, steps: child.steps, label: child.label })),
      ...emptyBlocks,
    ];
    for (const child of all) {
      const label = branchLabel(step, child.path, child.label);
      addBlock(child.steps, { parentId: step.id, path: child.path }, region, {
        node: stepNodeId(step.id),
        label,
        blockName: `${step.id} ${label}`,
      });
    }
    return region;
  };

  addBlock(definition.steps, { parentId: null, path: ['steps'] }, undefined, {
    node: TRIGGER_NODE_ID,
    afterId: 'trigger',
  });
  return { nodes, edges };
}

/**
 * Blocks the step does not have yet but could: an `if` without `else`, a
 * `switch` without `default`. They are offered as empty blocks so a branch
 * can be started from the canvas.
 */
function emptyBlockPaths(step: FlowStep): { path: (string | number)[]; steps: FlowStep[]; label: string }[] {
  if (step.kind === 'if' && step.else === undefined) return [{ path: ['else'], steps: [], label: 'else' }];
  if (step.kind === 'switch' && step.default === undefined) return [{ path: ['default'], steps: [], label: 'default' }];
  if (step.kind === 'forEach' && step.steps === undefined) return [{ path: ['steps'], steps: [], label: 'each item' }];
  return [];
}

/** A switch case reads better by its value than by its index. */
function branchLabel(step: FlowStep, path: (string | number)[], fallback: string): string {
  if (step.kind === 'switch' && path[0] === 'cases') {
    const when = step.cases[path[1] as number]?.when;
    const text = Array.isArray(when) ? when.map((value) => String(value)).join(', ') : String(when);
    return text.length > 0 && text.length <= 24 ? `case ${text}` : fallback;
  }
  return fallback;
}

/**
 * What the layout depends on: ids, kinds and the block structure — not
 * names, inputs or problems. The canvas lays out again only when this
 * changes, so typing in the side panel never runs the layout.
 */
export function canvasStructureKey(definition: FlowDefinition): string {
  const shape = (steps: FlowStep[]): unknown[] =>
    steps.map((step) => {
      const blocks = childBlocks(step).map((child) => [
        child.path.join('.'),
        branchLabel(step, child.path, child.label),
        shape(child.steps),
      ]);
      return blocks.length || emptyBlockPaths(step).length
        ? [step.id, blocks, emptyBlockPaths(step).map((child) => child.path.join('.'))]
        : step.id;
    });
  return JSON.stringify(shape(definition.steps));
}
