import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import { useCanvasActions } from './canvas-actions';
import type { InsertPlace } from './canvas-graph';

export type InsertFlowEdge = Edge<{ label?: string; add?: { label: string; insert: InsertPlace } }, 'insert'>;

/** An edge with its branch label and the "+" that inserts a step at that place. */
export const InsertEdge = memo(function InsertEdge(props: EdgeProps<InsertFlowEdge>) {
  const actions = useCanvasActions();
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX: props.sourceX,
    sourceY: props.sourceY,
    sourcePosition: props.sourcePosition,
    targetX: props.targetX,
    targetY: props.targetY,
    targetPosition: props.targetPosition,
    borderRadius: 8,
  });
  const label = props.data?.label;
  const add = props.data?.add;
  // a branch edge bends; its label sits where the branch starts going down, near the target
  const x = label ? props.targetX : labelX;
  const y = label ? props.targetY - 18 : labelY;
  return (
    <>
      <BaseEdge id={props.id} path={path} className="canvas-edge" />
      {(label || add) && (
        <EdgeLabelRenderer>
          <div
            className="canvas-edge-label nodrag nopan"
            style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
          >
            {label && <span className="canvas-edge-branch">{label}</span>}
            {add && (
              <button
                type="button"
                className="canvas-edge-add"
                aria-label={add.label}
                title={add.label}
                onClick={() => actions.add(add.insert)}
              >
                +
              </button>
            )}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});
