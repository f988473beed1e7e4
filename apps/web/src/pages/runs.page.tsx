import { useSearchParams } from 'react-router-dom';
import type { RunFilters } from '../api/runs.api';
import '../components/action-button.css';
import { ErrorBanner } from '../components/error-banner';
import { formatTimestamp } from '../components/format-time';
import { useNow } from '../components/use-now';
import { useFlows } from '../features/flows/use-flows';
import { applyRunFilters, hasRunFilters, readRunFilters, runFiltersKey } from '../features/runs/run-filters';
import { RunsFilterBar } from '../features/runs/runs-filter-bar';
import { RunsTable } from '../features/runs/runs-table';
import { useCursorPages } from '../features/runs/use-cursor-pages';
import { hasRunningRun, RUNS_IDLE_REFRESH_MS, RUNS_REFRESH_MS, useRuns } from '../features/runs/use-runs';
import '../features/runs/runs.css';

export function RunsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readRunFilters(searchParams);
  const pages = useCursorPages(runFiltersKey(filters));
  const runs = useRuns(filters, pages.cursor);
  const flows = useFlows();
  const now = useNow(1000);

  const changeFilters = (change: Partial<RunFilters>) => setSearchParams(applyRunFilters(searchParams, change));
  const rows = runs.data?.data ?? [];
  const flowList = flows.data?.data ?? [];
  const flowNames = new Map(flowList.map((flow) => [flow.slug, flow.name]));
  const nextCursor = runs.data?.has_more ? runs.data.next_cursor : null;

  return (
    <>
      <div className="page-head">
        <h1>Runs</h1>
        <span
          className="live"
          title={
            runs.dataUpdatedAt ? `updated ${formatTimestamp(new Date(runs.dataUpdatedAt).toISOString())}` : undefined
          }
        >
          <span className={`live-dot${runs.isFetching ? ' live-dot-fetching' : ''}`} aria-hidden="true" />
          {refreshLabel(hasRunningRun(rows), pages.pageNumber)}
        </span>
      </div>
      <RunsFilterBar filters={filters} flows={flowList} onChange={changeFilters} />
      {runs.error && <ErrorBanner error={runs.error} />}
      {runs.isPending && !runs.error && <p className="empty">Loading runs…</p>}
      {runs.data && rows.length === 0 && (
        <p className="empty">
          {hasRunFilters(filters)
            ? 'No run matches these filters; widen or clear them.'
            : 'No runs yet. Start one from a flow: publish it and call its trigger, or use Test run in the editor.'}
        </p>
      )}
      {rows.length > 0 && <RunsTable runs={rows} now={now} flowNames={flowNames} />}
      {(pages.pageNumber > 1 || nextCursor) && (
        <nav className="runs-pager" aria-label="Pages of runs">
          <button
            type="button"
            className="action-button"
            disabled={pages.pageNumber === 1}
            onClick={() => pages.previous()}
          >
            Previous page
          </button>
          <span className="muted">Page {pages.pageNumber}</span>
          <button
            type="button"
            className="action-button"
            disabled={!nextCursor || runs.isPlaceholderData}
            onClick={() => nextCursor && pages.next(nextCursor)}
          >
            Next page
          </button>
        </nav>
      )}
    </>
  );
}

function refreshLabel(running: boolean, pageNumber: number): string {
  if (running) return `a run is running: refreshing every ${RUNS_REFRESH_MS / 1000} s`;
  if (pageNumber === 1) return `refreshing every ${RUNS_IDLE_REFRESH_MS / 1000} s`;
  return 'older runs: not refreshing';
}
