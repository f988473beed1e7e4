import { useQuery } from '@tanstack/react-query';
import { getCurrentSession } from '../../api/sessions.api';

export const SESSION_QUERY_KEY = ['session'] as const;

/** The signed-in session; errors with a 401 ApiProblemError when nobody is signed in. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => getCurrentSession(signal),
    retry: false,
    // who is signed in changes only by signing in or out, which set this query themselves
    staleTime: 5 * 60_000,
  });
}
