import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ApiProblemError } from '../../api/api-errors';
import { onUnauthenticated } from '../../api/api-request';
import { ErrorBanner } from '../../components/error-banner';
import { isSessionPage, signInPath } from './sign-in-redirect';
import { SESSION_QUERY_KEY, useSession } from './use-session';
import './session.css';

/**
 * Shows its routes only to a signed-in user. Without a session it sends the
 * browser to sign-in (which offers first-run setup when no user exists yet),
 * remembering the page; any later 401 (the session expired or was ended
 * elsewhere) does the same.
 */
export function SessionGate() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  useEffect(() => {
    onUnauthenticated(() => {
      const current = `${window.location.pathname}${window.location.search}`;
      if (isSessionPage(current)) return;
      queryClient.removeQueries({ queryKey: SESSION_QUERY_KEY });
      navigate(signInPath(current), { replace: true });
    });
    return () => onUnauthenticated(undefined);
  }, [navigate, queryClient]);

  // a failed background refresh (API briefly away) keeps the page; a 401 goes through the listener above
  if (session.data) return <Outlet />;
  if (session.isPending) {
    return (
      <p className="session-checking" role="status">
        Checking your session…
      </p>
    );
  }
  if (session.isError) {
    if (session.error instanceof ApiProblemError && session.error.problem.status === 401) {
      return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
    }
    return (
      <div className="session-failed">
        <ErrorBanner error={session.error} />
        <button type="button" className="action-button" onClick={() => void session.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  return null;
}
