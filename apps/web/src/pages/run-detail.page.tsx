import { Link, useParams } from 'react-router-dom';
import { ErrorBanner } from '../components/error-banner';
import { useNow } from '../components/use-now';
import { RunOverview } from '../features/runs/run-overview';
import { StepTimeline } from '../features/runs/step-timeline';
import { useRun } from '../features/runs/use-run';

export function RunDetailPage() {
  const { id = '' } = useParams();
  const run = useRun(id);
  const now = useNow(1000);
  return (
    <>
      <p className="crumbs">
        <Link to="/runs">← All runs</Link>
      </p>
      {run.error && <ErrorBanner error={run.error} />}
      {run.isPending && !run.error && <p className="empty">Loading run…</p>}
      {run.data && (
        <>
          <RunOverview run={run.data} now={now} />
          {run.data.error && (
            <div className="banner banner-problem" role="note">
              <strong className="banner-title">Run failed: {run.data.error.code}</strong>
              <p>{run.data.error.message}</p>
            </div>
          )}
          <h2>Steps</h2>
          <StepTimeline steps={run.data.steps} now={now} />
        </>
      )}
    </>
  );
}
