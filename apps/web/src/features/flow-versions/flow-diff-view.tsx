import { useQuery } from '@tanstack/react-query';
import { ErrorBanner } from '../../components/error-banner';
import { diffFlowRevisions } from '../../api/flows.api';
import { patchOperationText } from './patch-operation-text';

type Revision = number | 'draft';

/** What changed from one revision to another: the step summary first, then every change. */
export function FlowDiffView({ slug, from, to }: { slug: string; from: Revision; to: Revision }) {
  const diff = useQuery({
    queryKey: ['flow-diff', slug, from, to],
    queryFn: () => diffFlowRevisions(slug, from, to),
    // a diff against the draft changes with every save
    staleTime: to === 'draft' || from === 'draft' ? 0 : Infinity,
  });
  const heading = `Changes from ${revisionName(from)} to ${revisionName(to)}`;

  return (
    <section className="flow-diff" aria-label={heading}>
      <h3>{heading}</h3>
      {diff.isLoading && <p className="muted">Comparing…</p>}
      {diff.error && <ErrorBanner error={diff.error} />}
      {diff.data && (
        <>
          {diff.data.patch.length === 0 ? (
            <p className="muted">No differences.</p>
          ) : (
            <dl className="flow-diff-summary">
              <SummaryRow label="Steps added" ids={diff.data.summary.stepsAdded} />
              <SummaryRow label="Steps removed" ids={diff.data.summary.stepsRemoved} />
              <SummaryRow label="Steps changed" ids={diff.data.summary.stepsChanged} />
              <dt>Trigger</dt>
              <dd>{diff.data.summary.triggerChanged ? 'changed' : 'unchanged'}</dd>
            </dl>
          )}
          {diff.data.patch.length > 0 && (
            <ol className="flow-diff-ops" aria-label="All changes">
              {diff.data.patch.map((operation, index) => (
                <li key={`${operation.op}-${operation.path}-${index}`}>{patchOperationText(operation)}</li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}

function SummaryRow({ label, ids }: { label: string; ids: string[] }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{ids.length === 0 ? 'none' : ids.map((id) => <code key={id}>{id}</code>)}</dd>
    </>
  );
}

function revisionName(revision: Revision): string {
  return revision === 'draft' ? 'the draft' : `version ${revision}`;
}
