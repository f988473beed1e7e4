import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { signOut } from '../../api/sessions.api';
import { userDisplayName } from './sign-in-redirect';
import { useSession } from './use-session';
import './session.css';

/** The signed-in user in the nav, and "Sign out". */
export function UserMenu() {
  const session = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const end = useMutation({
    mutationFn: signOut,
    onSettled: () => {
      // signed out, or the session was gone already: either way nothing of it may stay on screen
      queryClient.clear();
      navigate('/sign-in', { replace: true });
    },
  });
  if (!session.data) return null;
  const { user } = session.data;
  return (
    <div className="user-menu">
      <span className="user-menu-name" title={user.email}>
        {userDisplayName(user)}
        {user.name && <span className="visually-hidden"> ({user.email})</span>}
      </span>
      <button type="button" className="user-menu-sign-out" onClick={() => end.mutate()} disabled={end.isPending}>
        Sign out
      </button>
    </div>
  );
}
