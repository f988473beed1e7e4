import type { ELK, ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { buildCanvasGraph, type GraphEdge, type GraphNode } from './canvas-graph';

/**
 * Positions for the canvas, from elk's layered algorithm top-down. Pure and
 * asynchronous: it never runs during a render, and its result depends only
 * on the flow's structure (see canvasStructureKey).
 */
export type LaidOutNode = GraphNode & { position: { x: number; y: number }; width: number; height: number };

export interface CanvasLayout {
  nodes: LaidOutNode[];
  edges: GraphEdge[];
  width: number;
  height: number;
}

export const NODE_SIZE = { step: { width: 260, height: 78 }, add: { width: 36, height: 36 } } as const;

const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '44',
  // keep branches left-to-right in document order (then before else, case 1 before case 2)
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
};

const REGION = { ...LAYERED, 'elk.padding': '[top=14,left=18,bottom=14,right=18]' };

let sharedElk: Promise<ELK> | undefined;

/** elk is 1.5 MB of JavaScript: it loads with the first layout, not with the app. */
function loadElk(): Promise<ELK> {
  sharedElk ??= import('elkjs/lib/elk.bundled.js').then(({ default: ElkConstructor }) => new ElkConstructor());
  return sharedElk;
}

export async function layoutFlowCanvas(definition: FlowDefinition, given?: ELK): Promise<CanvasLayout> {
  const elk = given ?? (await loadElk());
  const graph = buildCanvasGraph(definition);
  const elkNodes = new Map<string, ElkNode>();
  const root: ElkNode = { id: 'root', layoutOptions: LAYERED, children: [], edges: [] };
  for (const node of graph.nodes) {
    const elkNode: ElkNode =
      node.type === 'block'
        ? { id: node.id, layoutOptions: REGION, children: [], edges: [] }
        : { id: node.id, ...(node.type === 'add' ? NODE_SIZE.add : NODE_SIZE.step) };
    elkNodes.set(node.id, elkNode);
    const container = node.parent ? elkNodes.get(node.parent)! : root;
    container.children!.push(elkNode);
  }
  for (const edge of graph.edges) {
    const container = edge.parent ? elkNodes.get(edge.parent)! : root;
    const elkEdge: ElkExtendedEdge = { id: edge.id, sources: [edge.source], targets: [edge.target] };
    container.edges!.push(elkEdge);
  }

  const laidOut = await elk.layout(root);
  const placed = new Map<string, ElkNode>();
  const collect = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      placed.set(child.id, child);
      collect(child);
    }
  };
  collect(laidOut);

  const nodes = graph.nodes.map((node): LaidOutNode => {
    const result = placed.get(node.id)!;
    return {
      ...node,
      position: { x: result.x ?? 0, y: result.y ?? 0 },
      width: result.width ?? 0,
      height: result.height ?? 0,
    };
  });
  return { nodes, edges: graph.edges, width: laidOut.width ?? 0, height: laidOut.height ?? 0 };
}
