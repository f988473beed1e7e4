import { Link } from 'react-router-dom';
import type { RunSummary } from '../../api/runs.api';
import { durationBetween, formatDuration } from '../../components/format-time';
import { StatusBadge } from '../../components/status-badge';
import { TimeAgo } from '../../components/time-ago';
import { runVersionLabel } from './run-labels';

interface RunsTableProps {
  runs: RunSummary[];
  now: Date;
  /** flow names by slug, to show names where the run only carries the slug */
  flowNames: ReadonlyMap<string, string>;
}

export function RunsTable({ runs, now, flowNames }: RunsTableProps) {
  return (
    <table className="table" aria-label="Runs">
      <thead>
        <tr>
          <th>Run</th>
          <th>Flow</th>
          <th>Version</th>
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
              <FlowCell slug={run.flow.slug} name={flowNames.get(run.flow.slug)} />
            </td>
            <td>
              <span className={run.flow.version === null ? 'badge badge-muted' : 'version'}>
                {runVersionLabel(run.flow.version)}
              </span>
            </td>
            <td>
              <StatusBadge status={run.status} />
            </td>
            <td>{run.trigger}</td>
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

/** The flow's name over its slug; a flow the list does not know (deleted, or beyond its first page) by slug alone. */
function FlowCell({ slug, name }: { slug: string; name: string | undefined }) {
  if (name === undefined) return <code>{slug}</code>;
  return (
    <>
      <div>{name}</div>
      <code className="cell-sub">{slug}</code>
    </>
  );
}
