import type { RunFilters } from '../../api/runs.api';

/**
 * The runs page keeps its filters in the URL (`/runs?flow=orders&status=failed`)
 * so a filtered view can be bookmarked, shared and reached from the flows table.
 */
export function readRunFilters(params: URLSearchParams): RunFilters {
  const filters: RunFilters = {};
  const flow = params.get('flow')?.trim();
  const status = params.get('status')?.trim();
  if (flow) filters.flow = flow;
  if (status) filters.status = status;
  return filters;
}

/** Returns new params with `change` applied; other query parameters survive, empty values are removed. */
export function applyRunFilters(params: URLSearchParams, change: Partial<RunFilters>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of ['flow', 'status'] as const) {
    if (!(key in change)) continue;
    const value = change[key]?.trim();
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}
