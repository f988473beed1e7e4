import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { searchFlows } from '../../api/flows.api';

/** The flows whose name or slug contains `search` (all flows when empty), first 100. */
export function useFlows(search = '') {
  return useQuery({
    queryKey: ['flows', { search }],
    queryFn: ({ signal }) => searchFlows({ search, limit: 100 }, signal),
    // Keep trying while the API is away so the table comes back on its own.
    refetchInterval: (query) => (query.state.status === 'error' ? 5_000 : false),
    // While a new search runs, keep the old rows instead of flashing an empty table.
    placeholderData: keepPreviousData,
  });
}
