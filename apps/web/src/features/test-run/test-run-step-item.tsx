import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { useEffect, useState } from 'react';
import { formatDuration } from '../../components/format-time';
import { JsonBlock } from '../../components/json-block';
import { StatusBadge } from '../../components/status-badge';
import type { Run, StepProgress } from '../runs/run-progress';
import { resolveStepRunInput, type StepRunInput } from './step-run-input';

interface TestRunStepItemProps {
  step: StepProgress;
  depth: number;
  expanded: boolean;
  onToggle(): void;
  run: Run;
  payload: unknown;
  definition: FlowDefinition;
}

/** One step of the test run: status, time and attempts; expanded, its input, output and error. */
export function TestRunStepItem({ step, depth, expanded, onToggle, run, payload, definition }: TestRunStepItemProps) {
  const detailsId = `test-run-step-${step.id}`;
  return (
    <li className="test-run-step" data-step-id={step.id} data-status={step.status} style={{ marginLeft: depth * 14 }}>
      <button
        type="button"
        className="test-run-step-button"
        aria-expanded={expanded}
        aria-controls={detailsId}
        onClick={onToggle}
      >
        <span className="test-run-step-name">{step.id}</span>
        <StatusBadge status={step.status} />
        <span className="test-run-step-meta">{stepFacts(step)}</span>
      </button>
      {expanded && (
        <div className="test-run-step-details" id={detailsId}>
          <h4>Input</h4>
          <StepInput step={step} run={run} payload={payload} definition={definition} />
          <h4>Output</h4>
          <JsonBlock value={step.output} label={`Output of ${step.id}`} />
          <h4>Error</h4>
          {step.error ? (
            <JsonBlock value={step.error} label={`Error of ${step.id}`} />
          ) : (
            <p className="panel-hint">No error.</p>
          )}
        </div>
      )}
    </li>
  );
}

function stepFacts(step: StepProgress): string {
  const facts = [step.kind];
  if (step.durationMs !== undefined) facts.push(formatDuration(step.durationMs));
  facts.push(step.attempts === 1 ? '1 attempt' : `${step.attempts} attempts`);
  if (step.iterations) facts.push(`${step.iterations.succeeded}/${step.iterations.total} items`);
  if (step.branch) facts.push(`branch ${step.branch}`);
  if (step.handled) facts.push('error handled');
  return facts.join(' · ');
}

/** The recorded input when the API gives one, else the input worked out from the run's data. */
function StepInput({ step, run, payload, definition }: Omit<TestRunStepItemProps, 'depth' | 'expanded' | 'onToggle'>) {
  const recorded = (step as StepProgress & { input?: unknown }).input;
  const [resolved, setResolved] = useState<StepRunInput | null>(null);
  useEffect(() => {
    if (recorded !== undefined) return undefined;
    let current = true;
    void resolveStepRunInput(definition, step.id, run, payload).then((input) => {
      if (current) setResolved(input);
    });
    return () => {
      current = false;
    };
  }, [recorded, definition, step.id, run, payload]);

  if (recorded !== undefined) return <JsonBlock value={recorded} label={`Input of ${step.id}`} />;
  if (!resolved) return <p className="panel-hint">Working out the input…</p>;
  if (resolved.kind === 'none') return <p className="panel-hint">{resolved.reason}</p>;
  if (resolved.kind === 'failed') return <p className="panel-error">{resolved.message}</p>;
  return (
    <>
      <JsonBlock value={resolved.value} label={`Input of ${step.id}`} />
      <p className="panel-hint">Evaluated from the test payload and the outputs of earlier steps.</p>
    </>
  );
}
