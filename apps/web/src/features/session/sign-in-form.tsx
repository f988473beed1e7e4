import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { signIn } from '../../api/sessions.api';
import { ErrorBanner } from '../../components/error-banner';
import { SESSION_QUERY_KEY } from './use-session';

/** E-mail and password; on success the session cookie is set and the user goes where they were headed. */
export function SignInForm({ next, labelledBy }: { next: string; labelledBy: string }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitted, setSubmitted] = useState(false);

  const start = useMutation({
    mutationFn: () => signIn({ email: email.trim(), password }),
    onSuccess: (session) => {
      // nothing cached under the previous (or no) session may show to this user
      queryClient.removeQueries();
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
      navigate(next, { replace: true });
    },
  });

  const problems = {
    email: email.trim() === '' ? 'Enter your e-mail address.' : null,
    password: password === '' ? 'Enter your password.' : null,
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.email || problems.password || start.isPending) return;
    start.mutate();
  };

  return (
    <form className="session-form" aria-labelledby={labelledBy} onSubmit={submit} noValidate>
      <SessionField
        id="sign-in-email"
        label="Email"
        type="email"
        autoComplete="username"
        value={email}
        onChange={setEmail}
        problem={submitted ? problems.email : null}
      />
      <SessionField
        id="sign-in-password"
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        problem={submitted ? problems.password : null}
      />
      {start.error && <ErrorBanner error={start.error} />}
      <button type="submit" className="action-button action-button-primary session-submit" disabled={start.isPending}>
        {start.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

interface SessionFieldProps {
  id: string;
  label: string;
  type: 'text' | 'email' | 'password';
  autoComplete: string;
  value: string;
  onChange(next: string): void;
  problem: string | null;
  hint?: string;
}

/** A labelled input of the session forms, with its hint or its problem under it. */
export function SessionField({ id, label, type, autoComplete, value, onChange, problem, hint }: SessionFieldProps) {
  const noteId = `${id}-note`;
  return (
    <div className="session-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem !== null || undefined}
        aria-describedby={problem || hint ? noteId : undefined}
        spellCheck={false}
      />
      {problem ? (
        <p id={noteId} className="session-field-problem">
          {problem}
        </p>
      ) : (
        hint && (
          <p id={noteId} className="session-field-hint">
            {hint}
          </p>
        )
      )}
    </div>
  );
}
