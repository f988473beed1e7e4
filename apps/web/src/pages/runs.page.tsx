import { useSearchParams } from 'react-router-dom';
import type { RunFilters } from '../api/runs.api';
import { ErrorBanner } from '../components/error-banner';
import { formatTimestamp } from '../components/format-time';
import { useNow } from '../components/use-now';
import { useFlows } from '../features/flows/use-flows';
import { applyRunFilters, readRunFilters } from '../features/runs/run-filters';
import { RunsFilterBar } from '../features/runs/runs-filter-bar';
import { RunsTable } from '../features/runs/runs-table';
import { RUNS_REFRESH_MS, useRuns } from '../features/runs/use-runs';

export function RunsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readRunFilters(searchParams);
  const runs = useRuns(filters);
  const flows = useFlows();
  const now = useNow(1000);

  const changeFilters = (change: Partial<RunFilters>) => setSearchParams(applyRunFilters(searchParams, change));
  const rows = runs.data?.data ?? [];

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
          auto-refresh every {RUNS_REFRESH_MS / 1000} s
        </span>
      </div>
      <RunsFilterBar
        filters={filters}
        flowSlugs={flows.data?.data.map((flow) => flow.slug) ?? []}
        onChange={changeFilters}
      />
      {runs.error && <ErrorBanner error={runs.error} />}
      {runs.isPending && !runs.error && <p className="empty">Loading runs…</p>}
      {runs.data && rows.length === 0 && (
        <p className="empty">{filters.flow || filters.status ? 'No run matches these filters.' : 'No runs yet.'}</p>
      )}
      {rows.length > 0 && <RunsTable runs={rows} now={now} />}
      {runs.data?.has_more && (
        <p className="muted table-note">Showing the latest {rows.length} runs; narrow the filters to see older ones.</p>
      )}
    </>
  );
}
