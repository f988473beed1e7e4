import { Link } from 'react-router-dom';
import type { RunDetail } from '../../api/runs.api';
import { durationBetween, formatDuration, formatTimestamp } from '../../components/format-time';
import { StatusBadge } from '../../components/status-badge';

export function RunOverview({ run, now }: { run: RunDetail; now: Date }) {
  return (
    <section className="card run-overview" aria-label="Run overview">
      <div className="run-overview-head">
        <h1 className="mono">{run.id}</h1>
        <StatusBadge status={run.status} />
        <div className="topbar-spacer" />
        {run.temporalUiUrl && (
          <a className="button" href={run.temporalUiUrl} target="_blank" rel="noreferrer">
            Open in Temporal UI ↗
          </a>
        )}
      </div>
      <dl className="facts">
        <div>
          <dt>Flow</dt>
          <dd>
            <Link to={`/runs?flow=${encodeURIComponent(run.flow.slug)}`}>
              <code>{run.flow.slug}</code>
            </Link>{' '}
            <span className="version">v{run.flow.version}</span>
          </dd>
        </div>
        {run.trigger && (
          <div>
            <dt>Trigger</dt>
            <dd>{run.trigger}</dd>
          </div>
        )}
        <div>
          <dt>Started</dt>
          <dd>{formatTimestamp(run.startedAt)}</dd>
        </div>
        <div>
          <dt>Closed</dt>
          <dd>{run.closedAt ? formatTimestamp(run.closedAt) : <span className="muted">still open</span>}</dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>{formatDuration(durationBetween(run.startedAt, run.closedAt, now) ?? Number.NaN)}</dd>
        </div>
        <div>
          <dt>Workflow ID</dt>
          <dd className="mono">{run.workflowId}</dd>
        </div>
        {run.temporalRunId && (
          <div>
            <dt>Temporal run ID</dt>
            <dd className="mono">{run.temporalRunId}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
