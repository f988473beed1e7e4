import { RUN_STATUSES, type RunFilters } from '../../api/runs.api';
import { statusLabel } from '../../components/status-tone';

interface Props {
  filters: RunFilters;
  flowSlugs: string[];
  onChange: (change: Partial<RunFilters>) => void;
}

export function RunsFilterBar({ filters, flowSlugs, onChange }: Props) {
  // A value from the URL that the lists do not (yet) contain must still show as selected.
  const slugs = withCurrent(flowSlugs, filters.flow);
  const statuses = withCurrent(RUN_STATUSES, filters.status);
  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label>
        Flow
        <select value={filters.flow ?? ''} onChange={(event) => onChange({ flow: event.target.value })}>
          <option value="">All flows</option>
          {slugs.map((slug) => (
            <option key={slug} value={slug}>
              {slug}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select value={filters.status ?? ''} onChange={(event) => onChange({ status: event.target.value })}>
          <option value="">Any status</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {statusLabel(status)}
            </option>
          ))}
        </select>
      </label>
      {(filters.flow || filters.status) && (
        <button type="button" className="link-button" onClick={() => onChange({ flow: '', status: '' })}>
          Clear filters
        </button>
      )}
    </form>
  );
}

/** The options plus the current value when it is not among them, so the select shows what the URL asks for. */
function withCurrent(options: readonly string[], current: string | undefined): readonly string[] {
  return current && !options.includes(current) ? [current, ...options] : options;
}
