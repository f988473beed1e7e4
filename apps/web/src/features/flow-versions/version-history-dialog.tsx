import { useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { ModalDialog } from '../../components/modal-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { TimeAgo } from '../../components/time-ago';
import { listFlowVersions, type FlowVersion } from '../../api/flows.api';
import { FlowDiffView } from './flow-diff-view';
import { RollbackDialog } from './rollback-dialog';
import './flow-versions.css';

const PAGE_SIZE = 20;

interface VersionHistoryDialogProps {
  slug: string;
  onRolledBack(published: FlowVersion): void;
  onClose(): void;
}

type Comparison = { from: number | 'draft'; to: number | 'draft' };

/** "Version history": published versions newest first, with diffs and rollback. */
export function VersionHistoryDialog({ slug, onRolledBack, onClose }: VersionHistoryDialogProps) {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [rollbackTo, setRollbackTo] = useState<number | null>(null);
  const versions = useInfiniteQuery({
    queryKey: ['flow-versions', slug],
    queryFn: ({ pageParam, signal }) => listFlowVersions(slug, { limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => (page.has_more && page.next_cursor ? page.next_cursor : undefined),
  });
  const list = versions.data?.pages.flatMap((page) => page.data) ?? [];
  const now = new Date();

  return (
    <ModalDialog title="Version history" onClose={onClose} wide>
      {versions.isLoading && <p className="muted">Loading versions…</p>}
      {versions.error && <ErrorBanner error={versions.error} />}
      {versions.isSuccess && list.length === 0 && (
        <p className="muted">This flow has never been published. Publish it to start its history.</p>
      )}
      <ol className="version-list">
        {list.map((version) => (
          <li key={version.id} className="version-item">
            <div className="version-head">
              <h3>Version {version.version}</h3>
              <span className="muted">
                {version.publishedBy ? `by ${version.publishedBy} · ` : ''}
                <TimeAgo iso={version.publishedAt} now={now} />
              </span>
            </div>
            <p className={version.message ? 'version-message' : 'version-message muted'}>
              {version.message || 'No message'}
            </p>
            <div className="version-actions">
              {version.version > 1 && (
                <button
                  type="button"
                  className="action-button"
                  aria-pressed={comparison?.to === version.version && comparison.from === version.version - 1}
                  onClick={() => setComparison({ from: version.version - 1, to: version.version })}
                >
                  Compare with previous
                </button>
              )}
              <button
                type="button"
                className="action-button"
                aria-pressed={comparison?.from === version.version && comparison.to === 'draft'}
                onClick={() => setComparison({ from: version.version, to: 'draft' })}
              >
                Compare with draft
              </button>
              <button
                type="button"
                className="action-button action-button-danger"
                onClick={() => setRollbackTo(version.version)}
              >
                Roll back to version {version.version}
              </button>
            </div>
            {comparison &&
              (comparison.to === version.version ||
                (comparison.to === 'draft' && comparison.from === version.version)) && (
                <FlowDiffView slug={slug} from={comparison.from} to={comparison.to} />
              )}
          </li>
        ))}
      </ol>
      {versions.hasNextPage && (
        <button
          type="button"
          className="action-button"
          disabled={versions.isFetchingNextPage}
          onClick={() => void versions.fetchNextPage()}
        >
          {versions.isFetchingNextPage ? 'Loading…' : 'Load older versions'}
        </button>
      )}
      {rollbackTo !== null && (
        <RollbackDialog
          slug={slug}
          version={rollbackTo}
          onClose={() => setRollbackTo(null)}
          onRolledBack={(published) => {
            setRollbackTo(null);
            onRolledBack(published);
          }}
        />
      )}
    </ModalDialog>
  );
}
