import { Link } from 'react-router-dom';
import type { Flow } from '../../api/flows.api';
import { TimeAgo } from '../../components/time-ago';
import { flowWebhookPath } from './flow-webhook';

export function FlowsTable({ flows, now }: { flows: Flow[]; now: Date }) {
  return (
    <table className="table" aria-label="Flows">
      <thead>
        <tr>
          <th>Name</th>
          <th>Slug</th>
          <th>Published</th>
          <th>Webhook</th>
          <th>Updated</th>
          <th aria-label="Actions" />
        </tr>
      </thead>
      <tbody>
        {flows.map((flow) => (
          <tr key={flow.id} data-flow={flow.slug}>
            <td>
              <div className="cell-title">{flow.name}</div>
              {flow.description && <div className="cell-sub">{flow.description}</div>}
            </td>
            <td>
              <code>{flow.slug}</code>
            </td>
            <td>
              {flow.publishedVersion === null ? (
                <span className="badge badge-muted">draft only</span>
              ) : (
                <span className="version">v{flow.publishedVersion}</span>
              )}
            </td>
            <td>
              <WebhookCell path={flowWebhookPath(flow)} />
            </td>
            <td>
              <TimeAgo iso={flow.updatedAt} now={now} />
            </td>
            <td className="cell-actions">
              <Link to={`/runs?flow=${encodeURIComponent(flow.slug)}`}>Runs →</Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WebhookCell({ path }: { path: string | null }) {
  if (!path) return <span className="muted">—</span>;
  return <code className="path">POST {path}</code>;
}
