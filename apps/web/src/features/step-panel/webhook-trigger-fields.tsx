import type { WebhookAuth } from '@tributary/workflows/flow-definition';
import { useState } from 'react';
import { ConnectionSelect } from './connection-select';
import { IntegerField, SelectField, TextField } from './panel-fields';
import { problemAt, type StepProblem } from './step-problems';
import { WEBHOOK_SCHEMES, webhookAuthOf, webhookUrl } from './trigger-edit';

/** How an inbound webhook proves where it comes from; the secret itself lives in a `webhook` connection. */
export function WebhookAuthFields({
  idPrefix,
  auth,
  problems,
  onChange,
}: {
  idPrefix: string;
  auth: WebhookAuth | undefined;
  problems: StepProblem[];
  onChange(next: WebhookAuth | undefined): void;
}) {
  const scheme = auth?.scheme ?? 'none';
  const connection = auth && 'connection' in auth ? auth.connection : '';
  return (
    <fieldset>
      <legend>Authentication</legend>
      <SelectField
        id={`${idPrefix}-auth`}
        label="Webhook authentication"
        value={scheme}
        options={WEBHOOK_SCHEMES}
        problem={problemAt(problems, 'auth.scheme')}
        hint={
          scheme === 'none' ? 'Anyone who knows the URL can start a run.' : 'The secret lives in a webhook connection.'
        }
        onChange={(next) => onChange(webhookAuthOf(next, connection))}
      />
      {auth && auth.scheme !== 'none' && (
        <ConnectionSelect
          id={`${idPrefix}-auth-connection`}
          connector="webhook"
          label="Secret connection"
          value={auth.connection || undefined}
          problem={problemAt(problems, 'auth.connection')}
          onChange={(next) => onChange({ ...auth, connection: next ?? '' })}
        />
      )}
      {auth?.scheme === 'apiKey' && (
        <TextField
          id={`${idPrefix}-auth-header`}
          label="Header"
          value={auth.header ?? ''}
          placeholder="X-API-Key"
          mono
          problem={problemAt(problems, 'auth.header')}
          onChange={(header) => onChange(withOptionalText(auth, 'header', header))}
        />
      )}
      {auth?.scheme === 'hmac' && (
        <>
          <div className="panel-grid">
            <TextField
              id={`${idPrefix}-auth-header`}
              label="Header"
              value={auth.header ?? ''}
              placeholder="X-Signature-256"
              mono
              problem={problemAt(problems, 'auth.header')}
              onChange={(header) => onChange(withOptionalText(auth, 'header', header))}
            />
            <TextField
              id={`${idPrefix}-auth-prefix`}
              label="Signature prefix"
              value={auth.prefix ?? ''}
              placeholder="sha256="
              mono
              problem={problemAt(problems, 'auth.prefix')}
              onChange={(prefix) => onChange(withOptionalText(auth, 'prefix', prefix))}
            />
            <SelectField
              id={`${idPrefix}-auth-algorithm`}
              label="Algorithm"
              value={auth.algorithm ?? 'sha256'}
              options={[
                { value: 'sha256', label: 'SHA-256' },
                { value: 'sha1', label: 'SHA-1' },
                { value: 'sha512', label: 'SHA-512' },
              ]}
              onChange={(algorithm) => onChange({ ...auth, algorithm })}
            />
            <SelectField
              id={`${idPrefix}-auth-encoding`}
              label="Encoding"
              value={auth.encoding ?? 'hex'}
              options={[
                { value: 'hex', label: 'hex' },
                { value: 'base64', label: 'base64' },
              ]}
              onChange={(encoding) => onChange({ ...auth, encoding })}
            />
          </div>
        </>
      )}
      {auth?.scheme === 'standardWebhooks' && (
        <IntegerField
          id={`${idPrefix}-auth-tolerance`}
          label="Timestamp tolerance (seconds)"
          value={auth.toleranceSeconds}
          min={1}
          max={3600}
          placeholder="300"
          problem={problemAt(problems, 'auth.toleranceSeconds')}
          onChange={(toleranceSeconds) => {
            const { toleranceSeconds: _old, ...rest } = auth;
            onChange(toleranceSeconds === undefined ? (rest as WebhookAuth) : { ...auth, toleranceSeconds });
          }}
        />
      )}
    </fieldset>
  );
}

/** The published URL with a copy button; notes when the draft's path differs from the published one. */
export function WebhookUrl({ path, draftPath }: { path: string; draftPath: string | null }) {
  const url = webhookUrl(window.location.origin, path);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(url).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <section aria-label="Webhook URL">
      <h3>Live webhook URL</h3>
      <div className="panel-url">
        <code>{url}</code>
        <button
          type="button"
          className="action-button action-button-small"
          onClick={copy}
          aria-label="Copy webhook URL"
        >
          Copy
        </button>
      </div>
      <p className="panel-hint" role="status">
        {copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'Could not copy; select the URL instead.' : ''}
      </p>
      {draftPath !== null && draftPath !== path && (
        <p className="panel-hint">The draft listens on /hooks/{draftPath} once published.</p>
      )}
    </section>
  );
}

function withOptionalText<T extends object, K extends keyof T>(value: T, key: K, text: string): T {
  const { [key]: _old, ...rest } = value;
  return (text === '' ? rest : { ...rest, [key]: text }) as T;
}
