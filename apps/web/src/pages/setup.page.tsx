import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { getSetupStatus } from '../api/sessions.api';
import { ErrorBanner } from '../components/error-banner';
import { SessionCard } from '../features/session/session-card';
import { SetupForm } from '../features/session/setup-form';

/** `/setup`: first run only; once a user exists it points to sign-in instead. */
export function SetupPage() {
  const setup = useQuery({ queryKey: ['setup-status'], queryFn: ({ signal }) => getSetupStatus(signal), retry: false });

  return (
    <SessionCard title="Create the first admin" headingId="setup-heading">
      {setup.isPending && <p role="status">Checking whether this installation is new…</p>}
      {setup.isError && <ErrorBanner error={setup.error} />}
      {setup.data?.required === false ? (
        <p>
          This installation is set up already. <Link to="/sign-in">Sign in</Link> instead.
        </p>
      ) : (
        setup.data?.required && (
          <>
            <p className="session-note">
              Nobody has an account yet. The first user is an admin and can invite the others.
            </p>
            <SetupForm labelledBy="setup-heading" />
          </>
        )
      )}
    </SessionCard>
  );
}
