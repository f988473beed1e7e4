import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { setUpFirstAdmin } from '../../api/sessions.api';
import { ErrorBanner } from '../../components/error-banner';
import { SessionField } from './sign-in-form';
import { SESSION_QUERY_KEY } from './use-session';

/** The API's minimum for a password (SetupRequest). */
const MIN_PASSWORD_LENGTH = 12;

/** First run: name, e-mail and password of the first admin, who is signed in right away. */
export function SetupForm({ labelledBy }: { labelledBy: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const create = useMutation({
    mutationFn: () => setUpFirstAdmin({ name: name.trim(), email: email.trim(), password }),
    onSuccess: (session) => {
      queryClient.removeQueries();
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
      navigate('/', { replace: true });
    },
  });

  const problems = {
    name: name.trim() === '' ? 'Enter your name.' : null,
    email: email.trim() === '' ? 'Enter your e-mail address.' : null,
    password:
      password.length < MIN_PASSWORD_LENGTH ? `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` : null,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.name || problems.email || problems.password || create.isPending) return;
    create.mutate();
  };

  return (
    <form className="session-form" aria-labelledby={labelledBy} onSubmit={submit} noValidate>
      <SessionField
        id="setup-name"
        label="Name"
        type="text"
        autoComplete="name"
        value={name}
        onChange={setName}
        problem={submitted ? problems.name : null}
      />
      <SessionField
        id="setup-email"
        label="Email"
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        problem={submitted ? problems.email : null}
      />
      <SessionField
        id="setup-password"
        label="Password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        problem={submitted ? problems.password : null}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
      />
      {create.error && <ErrorBanner error={create.error} />}
      <button type="submit" className="action-button action-button-primary session-submit" disabled={create.isPending}>
        {create.isPending ? 'Creating…' : 'Create admin'}
      </button>
    </form>
  );
}
