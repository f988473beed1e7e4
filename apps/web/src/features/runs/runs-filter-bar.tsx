import { RUN_STATUSES, RUN_TRIGGERS, type RunFilters } from '../../api/runs.api';
import '../../components/action-button.css';
import { statusLabel } from '../../components/status-tone';
import { isoToLocalInput, localInputToIso } from './datetime-local';
import { clearedRunFilters, hasRunFilters } from './run-filters';
import './runs.css';

interface RunsFilterBarProps {
  filters: RunFilters;
  /** flows to choose from: value slug, label name */
  flows: { slug: string; name: string }[];
  onChange(change: Partial<RunFilters>): void;
}

const TRIGGER_LABELS: Record<string, string> = { test: 'test (draft test runs)' };

export function RunsFilterBar({ filters, flows, onChange }: RunsFilterBarProps) {
  // A value from the URL that the lists do not (yet) contain must still show as selected.
  const flowOptions =
    filters.flow && !flows.some((flow) => flow.slug === filters.flow)
      ? [{ slug: filters.flow, name: filters.flow }, ...flows]
      : flows;
  const statuses = withCurrent(RUN_STATUSES, filters.status);
  const triggers = withCurrent(RUN_TRIGGERS, filters.trigger);
  return (
    <form
      className="filters runs-filters"
      role="search"
      aria-label="Filter runs"
      onSubmit={(event) => event.preventDefault()}
    >
      <label>
        Flow
        <select value={filters.flow ?? ''} onChange={(event) => onChange({ flow: event.target.value })}>
          <option value="">All flows</option>
          {flowOptions.map((flow) => (
            <option key={flow.slug} value={flow.slug}>
              {flow.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Version
        <input
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          placeholder="any"
          value={filters.version ?? ''}
          onChange={(event) => onChange({ version: event.target.value })}
        />
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
      <label>
        Trigger
        <select value={filters.trigger ?? ''} onChange={(event) => onChange({ trigger: event.target.value })}>
          <option value="">Any trigger</option>
          {triggers.map((trigger) => (
            <option key={trigger} value={trigger}>
              {TRIGGER_LABELS[trigger] ?? trigger}
            </option>
          ))}
        </select>
      </label>
      <label>
        Started after
        <input
          type="datetime-local"
          value={isoToLocalInput(filters.startedAfter)}
          onChange={(event) => onChange({ startedAfter: localInputToIso(event.target.value) })}
        />
      </label>
      <label>
        Started before
        <input
          type="datetime-local"
          value={isoToLocalInput(filters.startedBefore)}
          onChange={(event) => onChange({ startedBefore: localInputToIso(event.target.value) })}
        />
      </label>
      {hasRunFilters(filters) && (
        <button type="button" className="link-button" onClick={() => onChange(clearedRunFilters())}>
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
