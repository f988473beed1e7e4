import { Link, useParams } from 'react-router-dom';
import { ErrorBanner } from '../components/error-banner';
import { useNow } from '../components/use-now';
import { useFlows } from '../features/flows/use-flows';
import { RunOverview } from '../features/runs/run-overview';
import { StepTimeline } from '../features/runs/step-timeline';
import { useLiveRun } from '../features/runs/use-run';

export function RunDetailPage() {
  const { id = '' } = useParams();
  const run = useLiveRun(id);
  const flows = useFlows();
  const now = useNow(1000);
  const flowName = run.data && flows.data?.data.find((flow) => flow.slug === run.data.flow.slug)?.name;
  return (
    <>
      <p className="crumbs">
        <Link to="/runs">← All runs</Link>
      </p>
      {run.error && <ErrorBanner error={run.error} />}
      {run.isPending && !run.error && <p className="empty">Loading run…</p>}
      {run.data && (
        <>
          <RunOverview run={run.data} now={now} {...(flowName ? { flowName } : {})} />
          {run.data.error && (
            <div className="banner banner-problem" role="note">
              <strong className="banner-title">Run failed: {run.data.error.code}</strong>
              <p>
                {run.data.error.stepId && (
                  <>
                    Step <code>{run.data.error.stepId}</code>:{' '}
                  </>
                )}
                {run.data.error.message}
              </p>
            </div>
          )}
          <h2>Steps</h2>
          <StepTimeline run={run.data} now={now} />
        </>
      )}
    </>
  );
}
