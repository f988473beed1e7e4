import { memo } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';

export type BlockRegionFlowNode = Node<{ stepId: string; kind: string }, 'blockRegion'>;

/** The region of a step with blocks (if, switch, forEach, …): its header node and branches sit inside. */
export const BlockRegionNode = memo(function BlockRegionNode({ data }: NodeProps<BlockRegionFlowNode>) {
  return (
    <>
      <Handle type="target" position={Position.Top} isConnectable={false} className="canvas-handle" />
      <div className={`canvas-region canvas-region-${data.kind}`} aria-hidden="true" />
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="canvas-handle" />
    </>
  );
});
