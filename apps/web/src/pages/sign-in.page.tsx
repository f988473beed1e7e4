import { useQuery } from '@tanstack/react-query';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { getSetupStatus } from '../api/sessions.api';
import { SessionCard } from '../features/session/session-card';
import { SignInForm } from '../features/session/sign-in-form';
import { safeNextPath } from '../features/session/sign-in-redirect';
import { useSession } from '../features/session/use-session';

/** `/sign-in?next=<path>`: sends a first run to setup, a signed-in user on, everyone else to the form. */
export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const setup = useQuery({ queryKey: ['setup-status'], queryFn: ({ signal }) => getSetupStatus(signal), retry: false });
  const session = useSession();

  if (setup.data?.required) return <Navigate to="/setup" replace />;
  if (session.data) return <Navigate to={next} replace />;
  return (
    <SessionCard title="Sign in" headingId="sign-in-heading">
      <SignInForm next={next} labelledBy="sign-in-heading" />
      <p className="session-note">
        No account yet? An admin creates users; on a new installation, <Link to="/setup">set up the first admin</Link>.
      </p>
    </SessionCard>
  );
}
