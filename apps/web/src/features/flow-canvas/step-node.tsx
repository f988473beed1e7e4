import { memo, useId, type KeyboardEvent } from 'react';
import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useCanvasActions } from './canvas-actions';
import type { StepNodeData } from './canvas-node-data';

export type StepFlowNode = Node<StepNodeData, 'step'>;

/**
 * A step (or the trigger) on the canvas. The inner element is the control:
 * a button named "<name> (<kind or action>)" that selects the step; Delete
 * removes it and Alt+↑/↓ moves it within its block. Problems and test-run
 * status are data attributes and text, so they reach tests and screen readers.
 */
export const StepNode = memo(function StepNode({ data }: NodeProps<StepFlowNode>) {
  const actions = useCanvasActions();
  const problemId = useId();
  const isTrigger = data.stepId === 'trigger';

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      actions.select(data.stepId);
    } else if (!isTrigger && (event.key === 'Delete' || event.key === 'Backspace')) {
      event.preventDefault();
      actions.remove(data.stepId);
    } else if (!isTrigger && event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      actions.shift(data.stepId, event.key === 'ArrowUp' ? -1 : 1);
    }
  };

  return (
    <>
      {!isTrigger && <Handle type="target" position={Position.Top} isConnectable={false} className="canvas-handle" />}
      <div
        className={`canvas-step${data.selected ? ' canvas-step-selected' : ''}${data.header ? ' canvas-step-header' : ''}`}
        data-step-id={data.stepId}
        data-invalid={data.problem ? 'true' : undefined}
        data-status={data.status}
        role="button"
        tabIndex={0}
        aria-label={`${data.title} (${data.subtitle})`}
        aria-pressed={data.selected}
        aria-describedby={data.problem ? problemId : undefined}
        onClick={() => actions.select(data.stepId)}
        onKeyDown={onKeyDown}
      >
        <span className={`canvas-step-badge canvas-step-badge-${data.badgeKind}`} aria-hidden="true">
          {data.badge}
        </span>
        <span className="canvas-step-text">
          <span className="canvas-step-title">{data.title}</span>
          <span className="canvas-step-subtitle">{data.subtitle}</span>
        </span>
        {data.status && (
          <span className={`canvas-step-status canvas-step-status-${data.status}`} aria-hidden="true">
            {data.status}
          </span>
        )}
        {data.problem && (
          <span id={problemId} className="canvas-step-problem">
            {data.problem}
          </span>
        )}
      </div>
      <Handle type="source" position={Position.Bottom} isConnectable={false} className="canvas-handle" />
    </>
  );
});
