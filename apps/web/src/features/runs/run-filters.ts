import type { RunFilters } from '../../api/runs.api';

/** The filters the runs page keeps in its URL, in the order the filter bar shows them. */
export const RUN_FILTER_KEYS = ['flow', 'version', 'status', 'trigger', 'startedAfter', 'startedBefore'] as const;

/**
 * The runs page keeps its filters in the URL (`/runs?flow=orders&status=failed`)
 * so a filtered view can be bookmarked, shared and reached from the flows table.
 */
export function readRunFilters(params: URLSearchParams): RunFilters {
  const filters: RunFilters = {};
  for (const key of RUN_FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return filters;
}

/** Returns new params with `change` applied; other query parameters survive, empty values are removed. */
export function applyRunFilters(params: URLSearchParams, change: Partial<RunFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of RUN_FILTER_KEYS) {
    if (!(key in change)) continue;
    const value = change[key]?.trim();
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

/** A change that clears every filter. */
export function clearedRunFilters(): Required<RunFilters> {
  return { flow: '', version: '', status: '', trigger: '', startedAfter: '', startedBefore: '' };
}

export function hasRunFilters(filters: RunFilters): boolean {
  return RUN_FILTER_KEYS.some((key) => filters[key] !== undefined);
}

/** A stable text for "the same filters", e.g. to start paging over when they change. */
export function runFiltersKey(filters: RunFilters): string {
  return RUN_FILTER_KEYS.map((key) => `${key}=${filters[key] ?? ''}`).join('&');
}
