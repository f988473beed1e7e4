import { Link } from 'react-router-dom';
import type { FlowListItem } from '../../api/flows.api';
import { StatusBadge } from '../../components/status-badge';
import { TimeAgo } from '../../components/time-ago';
import { flowLastRun, flowStatusLabel, flowTriggerLabel } from './flow-summary';
import { flowWebhookPath } from './flow-webhook';
import '../../components/action-button.css';
import './flows.css';

interface FlowsTableProps {
  flows: FlowListItem[];
  now: Date;
  /** slug of the flow an action is working on; its buttons wait */
  busySlug: string | null;
  onDuplicate(flow: FlowListItem): void;
  onExport(flow: FlowListItem): void;
  onDelete(flow: FlowListItem): void;
}

export function FlowsTable({ flows, now, busySlug, onDuplicate, onExport, onDelete }: FlowsTableProps) {
  return (
    <table className="table" aria-label="Flows">
      <thead>
        <tr>
          <th>Name</th>
          <th>Status</th>
          <th>Trigger</th>
          <th>Last run</th>
          <th>Updated</th>
          <th>
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {flows.map((flow) => {
          const busy = busySlug === flow.slug;
          return (
            <tr key={flow.id} data-flow={flow.slug}>
              <td>
                <Link className="cell-title" to={`/flows/${encodeURIComponent(flow.slug)}`}>
                  {flow.name}
                </Link>
                <div className="cell-sub">
                  <code>{flow.slug}</code>
                  {flow.description && <> · {flow.description}</>}
                </div>
              </td>
              <td>
                <span className={`badge ${flow.publishedVersion === null ? 'badge-muted' : 'badge-success'}`}>
                  {flowStatusLabel(flow)}
                </span>
              </td>
              <td>
                <TriggerCell flow={flow} />
              </td>
              <td>
                <LastRunCell flow={flow} now={now} />
              </td>
              <td>
                <TimeAgo iso={flow.updatedAt} now={now} />
              </td>
              <td className="cell-actions">
                <div className="flow-row-actions">
                  <Link
                    className="action-button action-button-small"
                    to={`/runs?flow=${encodeURIComponent(flow.slug)}`}
                  >
                    Runs<span className="visually-hidden"> of {flow.name}</span>
                  </Link>
                  <RowButton label="Duplicate" flow={flow} disabled={busy} onClick={onDuplicate} />
                  <RowButton label="Export" flow={flow} disabled={busy} onClick={onExport} />
                  <RowButton label="Delete" flow={flow} disabled={busy} onClick={onDelete} danger />
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

interface RowButtonProps {
  label: string;
  flow: FlowListItem;
  disabled: boolean;
  onClick(flow: FlowListItem): void;
  danger?: boolean;
}

/** The flow's name is part of the accessible name, so "Delete" says which flow it deletes. */
function RowButton({ label, flow, disabled, onClick, danger = false }: RowButtonProps) {
  return (
    <button
      type="button"
      className={`action-button action-button-small${danger ? ' action-button-danger' : ''}`}
      disabled={disabled}
      onClick={() => onClick(flow)}
    >
      {label}
      <span className="visually-hidden"> {flow.name}</span>
    </button>
  );
}

function TriggerCell({ flow }: { flow: FlowListItem }) {
  const webhook = flowWebhookPath(flow);
  return (
    <>
      <div>{flowTriggerLabel(flow)}</div>
      {webhook && <code className="path cell-sub">POST {webhook}</code>}
    </>
  );
}

function LastRunCell({ flow, now }: { flow: FlowListItem; now: Date }) {
  const run = flowLastRun(flow);
  if (!run) return <span className="muted">never ran</span>;
  return (
    <Link
      className="flow-last-run"
      to={`/runs/${encodeURIComponent(run.id)}`}
      aria-label={`Last run ${run.id}, ${run.status}`}
    >
      <StatusBadge status={run.status} />
      <TimeAgo iso={run.startedAt} now={now} />
    </Link>
  );
}
