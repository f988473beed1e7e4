import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useCanvasActions } from './canvas-actions';
import type { InsertPlace } from './canvas-graph';

export type AddStepFlowNode = Node<{ label: string; insert: InsertPlace }, 'addStep'>;

/** The "+" at the end of a block, or in an empty one. */
export const AddStepNode = memo(function AddStepNode({ data }: NodeProps<AddStepFlowNode>) {
  const actions = useCanvasActions();
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} className="canvas-handle" />
      <button
        type="button"
        className="canvas-add nodrag"
        aria-label={data.label}
        title={data.label}
        onClick={() => actions.add(data.insert)}
      >
        +
      </button>
    </>
  );
});
