import type { RunStep } from '../../api/runs.api';
import { durationBetween, formatDuration, formatTimestamp } from '../../components/format-time';
import { JsonBlock } from '../../components/json-block';
import { StatusBadge } from '../../components/status-badge';
import { statusTone } from '../../components/status-tone';

/** The steps of a run in execution order, each with its attempts, timing, output or error. */
export function StepTimeline({ steps, now }: { steps: RunStep[]; now: Date }) {
  if (steps.length === 0) {
    return <p className="empty">No step has started yet.</p>;
  }
  return (
    <ol className="timeline" aria-label="Step timeline">
      {steps.map((step, index) => (
        <li key={step.id} className={`timeline-item tone-${statusTone(step.status)}`} data-step={step.id}>
          <span className="timeline-marker" aria-hidden="true">
            {index + 1}
          </span>
          <div className="timeline-body">
            <div className="timeline-head">
              <span className="step-id">{step.id}</span>
              <span className="step-kind">{step.kind}</span>
              <StatusBadge status={step.status} />
              <div className="topbar-spacer" />
              <StepTiming step={step} now={now} />
            </div>
            {step.error && (
              <div className="step-error" role="note">
                <code>{step.error.code}</code> {step.error.message}
                {step.error.details !== undefined && (
                  <JsonBlock value={step.error.details} label={`${step.id} error details`} />
                )}
              </div>
            )}
            {step.output !== undefined && (
              <details className="step-output" open={isSmall(step.output)}>
                <summary>Output</summary>
                <JsonBlock value={step.output} label={`${step.id} output`} />
              </details>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

function StepTiming({ step, now }: { step: RunStep; now: Date }) {
  const duration = durationBetween(step.startedAt, step.finishedAt, now);
  return (
    <span className="step-timing">
      {step.attempts > 1 && <span className="attempts">{step.attempts} attempts · </span>}
      {step.startedAt ? (
        <span title={`started ${formatTimestamp(step.startedAt)}`}>{formatDuration(duration ?? Number.NaN)}</span>
      ) : (
        <span className="muted">not started</span>
      )}
    </span>
  );
}

/** Small outputs are shown expanded; large ones stay folded so the timeline stays scannable. */
function isSmall(value: unknown): boolean {
  return (JSON.stringify(value) ?? '').length <= 600;
}
