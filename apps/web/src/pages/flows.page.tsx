import { ErrorBanner } from '../components/error-banner';
import { useNow } from '../components/use-now';
import { FlowsTable } from '../features/flows/flows-table';
import { useFlows } from '../features/flows/use-flows';

export function FlowsPage() {
  const flows = useFlows();
  const now = useNow(30_000);
  return (
    <>
      <div className="page-head">
        <h1>Flows</h1>
        {flows.data && <span className="muted">{countLabel(flows.data.data.length, flows.data.has_more)}</span>}
      </div>
      {flows.error && <ErrorBanner error={flows.error} />}
      {flows.isPending && !flows.error && <p className="empty">Loading flows…</p>}
      {flows.data && flows.data.data.length === 0 && (
        <p className="empty">
          No flows yet. Create one with <code>POST /v1/flows</code> (see the API docs) and publish a version.
        </p>
      )}
      {flows.data && flows.data.data.length > 0 && <FlowsTable flows={flows.data.data} now={now} />}
    </>
  );
}

function countLabel(count: number, hasMore: boolean): string {
  if (hasMore) return `first ${count} flows`;
  return count === 1 ? '1 flow' : `${count} flows`;
}
