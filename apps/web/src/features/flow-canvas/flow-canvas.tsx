import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Controls,
  MiniMap,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Node,
  type NodeChange,
  type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { FlowDefinition, FlowStep } from '@tributary/workflows/flow-definition';
import { flattenSteps } from '@tributary/workflows/definition/step-tree';
import { problemText, type LocatedProblem } from '../flow-editor/problem-location';
import { AddStepNode } from './add-step-node';
import { BlockRegionNode } from './block-region-node';
import { CanvasActionsContext, type CanvasActions } from './canvas-actions';
import { dropIndex } from './canvas-drop';
import { canvasStructureKey, stepNodeId, type InsertPlace } from './canvas-graph';
import { layoutFlowCanvas, type CanvasLayout, type LaidOutNode } from './canvas-layout';
import { sameNodeData, stepNodeData, triggerNodeData, type NodeDataContext } from './canvas-node-data';
import { InsertEdge } from './insert-edge';
import { StepNode } from './step-node';
import './flow-canvas.css';

export interface FlowCanvasProps {
  definition: FlowDefinition;
  /** validation errors, located on steps ("trigger" for the trigger) */
  problems: LocatedProblem[];
  /** test-run status by step id */
  statuses: Record<string, string>;
  selectedId: string | null;
  names: NodeDataContext;
  onSelect(stepId: string): void;
  onRemove(stepId: string): void;
  onShift(stepId: string, by: -1 | 1): void;
  onMove(stepId: string, toIndex: number): void;
  onAdd(place: InsertPlace): void;
}

const nodeTypes = { step: StepNode, blockRegion: BlockRegionNode, addStep: AddStepNode };
const edgeTypes = { insert: InsertEdge };

const ARIA_LABELS = {
  'controls.ariaLabel': 'Canvas controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit view',
  'controls.interactive.ariaLabel': 'Toggle interactivity',
  'minimap.ariaLabel': 'Mini map',
};

/** Flows with more steps than this get a minimap; bigger ones render only what is in view. */
const MINIMAP_FROM_STEPS = 15;
const VIEWPORT_CULLING_FROM_STEPS = 120;
/** Up to this many steps every new layout is fitted into view. */
const REFIT_UP_TO_STEPS = 30;
const FIT_VIEW = { maxZoom: 1, minZoom: 0.3, padding: 0.12 };

/**
 * The flow as a diagram: elk lays it out whenever its structure changes
 * (never on selection, names or problems), and each node is rebuilt only
 * when what it shows changed, so a 200-step flow stays responsive while the
 * side panel is typed in.
 */
export function FlowCanvas(props: FlowCanvasProps) {
  return (
    <section className="flow-canvas" aria-label="Flow canvas">
      <ReactFlowProvider>
        <CanvasDiagram {...props} />
      </ReactFlowProvider>
    </section>
  );
}

function CanvasDiagram(props: FlowCanvasProps) {
  const { definition, problems, statuses, selectedId, names } = props;
  const layout = useCanvasLayout(definition);
  const [dragged, setDragged] = useState<{ id: string; position: XYPosition } | null>(null);
  const reactFlow = useReactFlow();

  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const actions = useMemo<CanvasActions>(
    () => ({
      select: (id) => callbacks.current.onSelect(id),
      remove: (id) => callbacks.current.onRemove(id),
      shift: (id, by) => callbacks.current.onShift(id, by),
      add: (place) => callbacks.current.onAdd(place),
    }),
    [],
  );

  const stepsById = useMemo(() => {
    const map = new Map<string, FlowStep>();
    for (const visited of flattenSteps(definition.steps)) map.set(visited.step.id, visited.step);
    return map;
  }, [definition.steps]);
  const firstProblem = useMemo(() => {
    const map = new Map<string, string>();
    for (const problem of problems) {
      if (problem.stepId && !map.has(problem.stepId)) map.set(problem.stepId, problemText(problem));
    }
    return map;
  }, [problems]);

  const previous = useRef(new Map<string, Node>());
  const nodes = useMemo(() => {
    if (!layout) return [];
    const built = layout.nodes.map((laidOut) => {
      const position = dragged?.id === laidOut.id ? dragged.position : laidOut.position;
      const desired = flowNode(laidOut, position, () => {
        if (laidOut.type === 'add') return { label: laidOut.label, insert: laidOut.insert };
        if (laidOut.type === 'block') {
          return { stepId: laidOut.stepId, kind: stepsById.get(laidOut.stepId)?.kind ?? 'block' };
        }
        const extra = {
          problem: firstProblem.get(laidOut.stepId),
          status: statuses[laidOut.stepId],
          selected: selectedId === laidOut.stepId,
        };
        if (laidOut.stepId === 'trigger') return triggerNodeData(definition.trigger, extra);
        const step = stepsById.get(laidOut.stepId);
        // between a structural edit and its layout, a step may be gone for a moment
        if (!step)
          return {
            stepId: laidOut.stepId,
            title: laidOut.stepId,
            subtitle: '',
            badge: '',
            badgeKind: 'kind',
            selected: false,
            header: false,
          };
        return stepNodeData(step, names, { ...extra, header: laidOut.type === 'step' && laidOut.header });
      });
      const old = previous.current.get(desired.id);
      return old && sameNode(old, desired) ? old : desired;
    });
    previous.current = new Map(built.map((node) => [node.id, node]));
    return built;
  }, [layout, dragged, stepsById, firstProblem, statuses, selectedId, names, definition.trigger]);

  const edges = useMemo(
    () =>
      layout?.edges.map((edge) => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: 'insert' as const,
        selectable: false,
        focusable: false,
        data: { ...(edge.label ? { label: edge.label } : {}), ...(edge.add ? { add: edge.add } : {}) },
      })) ?? [],
    [layout],
  );

  // fit the first layout into view, and every layout of a small flow (so a step added at the end is visible);
  // a big flow keeps the analyst's viewport and only scrolls to the selected step
  const fitted = useRef(false);
  const stepCount = stepsById.size;
  useEffect(() => {
    if (!layout || (fitted.current && stepCount > REFIT_UP_TO_STEPS)) return;
    fitted.current = true;
    requestAnimationFrame(() => void reactFlow.fitView(FIT_VIEW));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new layout refits, not a new step count
  }, [layout, reactFlow]);

  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selectedId || !layout || stepCount <= REFIT_UP_TO_STEPS) return;
    const node = reactFlow.getInternalNode(selectedId === 'trigger' ? 'trigger' : stepNodeId(selectedId));
    const box = container.current?.getBoundingClientRect();
    if (!node || !box) return;
    const { x, y, zoom } = reactFlow.getViewport();
    const { x: nodeX, y: nodeY } = node.internals.positionAbsolute;
    const width = node.width ?? 0;
    const height = node.height ?? 0;
    const left = nodeX * zoom + x;
    const top = nodeY * zoom + y;
    const inView = left >= 0 && top >= 0 && left + width * zoom <= box.width && top + height * zoom <= box.height;
    if (!inView) void reactFlow.setCenter(nodeX + width / 2, nodeY + height / 2, { zoom, duration: 200 });
  }, [selectedId, layout, reactFlow, stepCount]);

  const onNodesChange = (changes: NodeChange[]) => {
    for (const change of changes) {
      if (change.type === 'position' && change.position && change.dragging) {
        setDragged({ id: change.id, position: change.position });
      }
    }
  };

  const onNodeDragStop = (_event: unknown, node: Node) => {
    setDragged(null);
    if (!layout) return;
    const laidOut = layout.nodes.find((candidate) => candidate.id === node.id);
    const index = dropIndex(layout.nodes, node.id, node.position.y);
    if (!laidOut || laidOut.type === 'add' || index === undefined || index === laidOut.index) return;
    props.onMove(laidOut.stepId, index);
  };

  return (
    <CanvasActionsContext.Provider value={actions}>
      {!layout && <p className="flow-canvas-loading">Laying out the flow…</p>}
      <div ref={container} className="flow-canvas-viewport">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onNodeDragStop={onNodeDragStop}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          minZoom={0.1}
          maxZoom={2}
          onlyRenderVisibleElements={stepCount > VIEWPORT_CULLING_FROM_STEPS}
          ariaLabelConfig={ARIA_LABELS}
        >
          <Controls showInteractive={false} fitViewOptions={FIT_VIEW} />
          {stepCount > MINIMAP_FROM_STEPS && <MiniMap pannable zoomable />}
        </ReactFlow>
      </div>
    </CanvasActionsContext.Provider>
  );
}

/** Lays out again only when the structure changed; the latest request wins. */
function useCanvasLayout(definition: FlowDefinition): CanvasLayout | null {
  const key = useMemo(() => canvasStructureKey(definition), [definition]);
  const latest = useRef(definition);
  latest.current = definition;
  const [layout, setLayout] = useState<CanvasLayout | null>(null);
  useEffect(() => {
    let current = true;
    layoutFlowCanvas(latest.current).then(
      (result) => current && setLayout(result),
      (error: unknown) => console.error('canvas layout failed', error),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return layout;
}

function flowNode(laidOut: LaidOutNode, position: XYPosition, data: () => Record<string, unknown>): Node {
  const { width, height } = laidOut;
  const type = laidOut.type === 'block' ? 'blockRegion' : laidOut.type === 'add' ? 'addStep' : 'step';
  const draggable =
    laidOut.type === 'block' || (laidOut.type === 'step' && !laidOut.header && laidOut.stepId !== 'trigger');
  return {
    id: laidOut.id,
    type,
    position,
    ...(laidOut.parent ? { parentId: laidOut.parent } : {}),
    width,
    height,
    measured: { width, height },
    draggable,
    selectable: false,
    // sizes and handle places come from the layout, so nothing waits for the DOM to be measured
    handles: [
      { type: 'target', position: Position.Top, x: width / 2, y: 0, width: 1, height: 1 },
      { type: 'source', position: Position.Bottom, x: width / 2, y: height, width: 1, height: 1 },
    ],
    data: data(),
  };
}

function sameNode(a: Node, b: Node): boolean {
  return (
    a.type === b.type &&
    a.parentId === b.parentId &&
    a.width === b.width &&
    a.height === b.height &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    sameNodeData(a.data, b.data)
  );
}
