import { Link } from 'react-router-dom';
import type { RunSummary } from '../../api/runs.api';
import { durationBetween, formatDuration } from '../../components/format-time';
import { StatusBadge } from '../../components/status-badge';
import { TimeAgo } from '../../components/time-ago';

export function RunsTable({ runs, now }: { runs: RunSummary[]; now: Date }) {
  return (
    <table className="table" aria-label="Runs">
      <thead>
        <tr>
          <th>Run</th>
          <th>Flow</th>
          <th>Status</th>
          <th>Trigger</th>
          <th>Started</th>
          <th className="num">Duration</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.id} data-run={run.id}>
            <td>
              <Link to={`/runs/${encodeURIComponent(run.id)}`} className="mono">
                {run.id}
              </Link>
            </td>
            <td>
              <code>{run.flow.slug}</code> <span className="version">v{run.flow.version}</span>
            </td>
            <td>
              <StatusBadge status={run.status} />
            </td>
            <td>{run.trigger ?? <span className="muted">—</span>}</td>
            <td>
              <TimeAgo iso={run.startedAt} now={now} />
            </td>
            <td className="num">{formatDuration(durationBetween(run.startedAt, run.closedAt, now) ?? Number.NaN)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
