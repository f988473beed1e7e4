import type { RunDetail, RunStep } from '../../api/runs.api';
import { durationBetween, formatDuration, formatTimestamp } from '../../components/format-time';
import { JsonBlock } from '../../components/json-block';
import { StatusBadge } from '../../components/status-badge';
import { statusTone } from '../../components/status-tone';
import { ApprovalForm } from './approval-form';
import { nestSteps } from './step-tree';
import { stepBar } from './timeline-bars';
import './runs.css';

const INDENT_PX = 28;

/**
 * The steps of a run in execution order, nested steps indented under their
 * block, each with status, attempts, start, duration (a bar on the run's time
 * axis) and its output or error (secrets redacted by the API).
 */
export function StepTimeline({ run, now }: { run: RunDetail; now: Date }) {
  if (run.steps.length === 0) {
    return (
      <p className="empty">
        {run.status === 'running' ? 'No step has started yet; this page updates by itself.' : 'This run ran no steps.'}
      </p>
    );
  }
  const rows = nestSteps(run.steps);
  let topLevel = 0;
  return (
    <ol className="timeline" aria-label="Step timeline">
      {rows.map(({ step, depth }) => {
        if (depth === 0) topLevel += 1;
        return (
          <li
            key={step.id}
            className={`timeline-item tone-${statusTone(step.status)}${depth > 0 ? ' timeline-nested' : ''}`}
            style={depth > 0 ? { marginLeft: depth * INDENT_PX } : undefined}
            data-step={step.id}
            data-status={step.status}
            data-depth={depth}
          >
            <span className="timeline-marker" aria-hidden="true">
              {depth === 0 ? topLevel : '↳'}
            </span>
            <StepBody step={step} run={run} now={now} />
          </li>
        );
      })}
    </ol>
  );
}

function StepBody({ step, run, now }: { step: RunStep; run: RunDetail; now: Date }) {
  const bar = stepBar(step, run, now);
  const duration = step.durationMs ?? durationBetween(step.startedAt, step.finishedAt, now);
  return (
    <div className="timeline-body">
      <div className="timeline-head">
        <span className="step-id">{step.id}</span>
        <span className="step-kind">{step.kind}</span>
        <StatusBadge status={step.status} />
        {step.handled && <span className="badge badge-warning">error handled</span>}
        {step.reused && <span className="badge badge-muted">reused from the restarted run</span>}
      </div>
      <div className="step-facts">
        <span className={step.attempts > 1 ? 'attempts' : undefined}>
          {step.attempts} {step.attempts === 1 ? 'attempt' : 'attempts'}
        </span>
        {step.startedAt ? (
          <span>
            started <time dateTime={step.startedAt}>{formatTimestamp(step.startedAt)}</time>
          </span>
        ) : (
          <span>not started</span>
        )}
        {duration !== undefined && <span>took {formatDuration(duration)}</span>}
        {step.branch && <span>branch {step.branch}</span>}
        {step.iterations && (
          <span>
            {step.iterations.succeeded}/{step.iterations.total} items succeeded
            {step.iterations.failed > 0 && `, ${step.iterations.failed} failed`}
          </span>
        )}
        {step.waitingFor?.event && <span>waiting for event {step.waitingFor.event}</span>}
        {step.waitingFor?.until && <span>waiting until {formatTimestamp(step.waitingFor.until)}</span>}
      </div>
      {bar && (
        <div
          className="step-bar-track"
          role="img"
          aria-label={`${step.id} ran from ${Math.round(bar.offsetPercent)}% to ${Math.round(bar.offsetPercent + bar.widthPercent)}% of the run`}
        >
          <span className="step-bar" style={{ left: `${bar.offsetPercent}%`, width: `${bar.widthPercent}%` }} />
        </div>
      )}
      {step.error && (
        <div className="step-error" role="note">
          <code>{step.error.code}</code> {step.error.message}
        </div>
      )}
      {step.error && (
        <details className="step-details">
          <summary>Error</summary>
          <JsonBlock value={step.error} label={`${step.id} error`} />
        </details>
      )}
      {step.output !== undefined && (
        <details className="step-details" open={isSmall(step.output)}>
          <summary>Output</summary>
          <JsonBlock value={step.output} label={`${step.id} output`} />
        </details>
      )}
      {step.status === 'waiting' && step.waitingFor?.approval && (
        <ApprovalForm runId={run.id} step={step} approval={step.waitingFor.approval} />
      )}
    </div>
  );
}

/** Small outputs are shown expanded; large ones stay folded so the timeline stays scannable. */
function isSmall(value: unknown): boolean {
  return (JSON.stringify(value) ?? '').length <= 600;
}
