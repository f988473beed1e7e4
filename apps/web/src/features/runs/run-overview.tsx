import { Link } from 'react-router-dom';
import type { RunDetail } from '../../api/runs.api';
import { durationBetween, formatDuration, formatTimestamp } from '../../components/format-time';
import { StatusBadge } from '../../components/status-badge';
import { RunActions } from './run-actions';
import { runVersionLabel } from './run-labels';
import './runs.css';

export function RunOverview({ run, now, flowName }: { run: RunDetail; now: Date; flowName?: string }) {
  const temporalUi = run.links.temporalUi ?? run.temporalUiUrl;
  return (
    <section className="card run-overview" aria-label="Run overview">
      <div className="run-overview-head">
        <h1>
          Run <span className="mono">{run.id}</span>
        </h1>
        <StatusBadge status={run.status} />
        <div className="topbar-spacer" />
        {temporalUi ? (
          <a className="button" href={temporalUi} target="_blank" rel="noreferrer">
            Open in Temporal UI<span aria-hidden="true"> ↗</span>
          </a>
        ) : (
          <span className="muted">
            No Temporal UI is configured (set TEMPORAL_UI_URL on the API to link runs to it).
          </span>
        )}
      </div>
      <dl className="facts">
        <div>
          <dt>Flow</dt>
          <dd>
            <Link to={`/flows/${encodeURIComponent(run.flow.slug)}`}>{flowName ?? run.flow.slug}</Link>{' '}
            <span className={run.flow.version === null ? 'badge badge-muted' : 'version'}>
              {runVersionLabel(run.flow.version)}
            </span>
            <div>
              <Link className="cell-sub" to={`/runs?flow=${encodeURIComponent(run.flow.slug)}`}>
                All runs of this flow
              </Link>
            </div>
          </dd>
        </div>
        <div>
          <dt>Trigger</dt>
          <dd>{run.trigger}</dd>
        </div>
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
        {run.businessKey && (
          <div>
            <dt>Business key</dt>
            <dd className="mono">{run.businessKey}</dd>
          </div>
        )}
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
      {(run.restartedFrom || run.rerunOf) && (
        <p className="run-links">
          {run.restartedFrom && (
            <span>
              Restarted from step <code>{run.restartedFrom.stepId}</code> of{' '}
              <Link to={`/runs/${encodeURIComponent(run.restartedFrom.runId)}`} className="mono">
                {run.restartedFrom.runId}
              </Link>
            </span>
          )}
          {run.rerunOf && (
            <span>
              Re-run of{' '}
              <Link to={`/runs/${encodeURIComponent(run.rerunOf)}`} className="mono">
                {run.rerunOf}
              </Link>
            </span>
          )}
        </p>
      )}
      <RunActions run={run} />
    </section>
  );
}
