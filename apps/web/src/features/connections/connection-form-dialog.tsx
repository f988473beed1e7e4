import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { ApiProblemError } from '../../api/api-errors';
import { createConnection, updateConnection, type Connection } from '../../api/connections.api';
import { ErrorBanner } from '../../components/error-banner';
import { ModalDialog } from '../../components/modal-dialog';
import { SchemaForm } from '../../components/schema-form/schema-form';
import { connectionFieldErrors } from './connection-problems';
import { connectionFormSchema, settingsPatch, splitSettings } from './connection-settings';
import { CONNECTIONS_QUERY_KEY, useConnector, useConnectors } from './use-connections';
import './connections.css';

interface ConnectionFormDialogProps {
  /** absent: a new connection */
  connection?: Connection;
  /** preselected connector of a new connection */
  connector?: string;
  onSaved(connection: Connection): void;
  onClose(): void;
}

/**
 * Creates or edits a connection: connector, name, and the connector's auth
 * form. Secret fields start empty; when editing, an empty secret keeps the
 * stored value. A create carries one Idempotency-Key per attempt, so a
 * double submit creates one connection.
 */
export function ConnectionFormDialog({ connection, connector: preset, onSaved, onClose }: ConnectionFormDialogProps) {
  const queryClient = useQueryClient();
  const editing = connection !== undefined;
  const [connectorName, setConnectorName] = useState(connection?.connector ?? preset ?? '');
  const [name, setName] = useState(connection?.name ?? '');
  const [settings, setSettings] = useState<Record<string, unknown>>(() => ({ ...(connection?.config ?? {}) }));
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [submitted, setSubmitted] = useState(false);
  const connectors = useConnectors();
  const connector = useConnector(connectorName);
  const schema = useMemo(
    () => (connector.data ? connectionFormSchema(connector.data.manifest.auth) : undefined),
    [connector.data],
  );

  const save = useMutation({
    mutationFn: async () => {
      if (!schema) throw new Error('The connector’s settings are not loaded yet.');
      if (connection) {
        const patch = settingsPatch(schema, connection.config, settings);
        return updateConnection(connection.id, {
          ...(name !== connection.name ? { name } : {}),
          ...(Object.keys(patch.config).length > 0 ? { config: patch.config } : {}),
          ...(Object.keys(patch.secrets).length > 0 ? { secrets: patch.secrets } : {}),
        });
      }
      const { config, secrets } = splitSettings(schema, settings);
      return createConnection({ name, connector: connectorName, config, secrets }, idempotencyKey);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: CONNECTIONS_QUERY_KEY });
      onSaved(saved);
    },
    onError: (error) => {
      // a refused request is a new request once corrected; an unanswered one may be retried as is
      if (error instanceof ApiProblemError) setIdempotencyKey(crypto.randomUUID());
    },
  });

  const fieldErrors = connectionFieldErrors(save.error);
  const nameProblem = submitted && name.trim() === '' ? 'Enter a name for the connection.' : fieldErrors.name;
  const connectorProblem = submitted && connectorName === '' ? 'Choose a connector.' : fieldErrors.connector;

  const chooseConnector = (next: string) => {
    setConnectorName(next);
    setSettings({});
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (name.trim() === '' || connectorName === '' || !schema || save.isPending) return;
    save.mutate();
  };

  return (
    <ModalDialog title={editing ? `Edit connection ${connection.name}` : 'New connection'} onClose={onClose} wide>
      <form className="connection-form" onSubmit={submit} noValidate>
        <div className="connection-field">
          <label htmlFor="connection-connector">Connector</label>
          <select
            id="connection-connector"
            value={connectorName}
            disabled={editing}
            onChange={(event) => chooseConnector(event.target.value)}
            aria-invalid={connectorProblem ? true : undefined}
            aria-describedby={connectorProblem ? 'connection-connector-problem' : undefined}
          >
            <option value="">{connectors.isPending ? 'Loading connectors…' : 'Choose a connector…'}</option>
            {connectors.data?.data.map((item) => (
              <option key={item.name} value={item.name}>
                {item.displayName} ({item.name})
              </option>
            ))}
            {connectorName !== '' && connectors.data && !connectors.data.data.some((c) => c.name === connectorName) && (
              <option value={connectorName}>{connectorName}</option>
            )}
          </select>
          {connectorProblem && (
            <p id="connection-connector-problem" className="connection-field-problem">
              {connectorProblem}
            </p>
          )}
          {connectors.isError && <ErrorBanner error={connectors.error} />}
          {connectors.data?.data.length === 0 && (
            <p className="connection-field-problem" role="status">
              No connectors are registered yet: workers register theirs as they start. Start a worker (npm start does),
              then open this dialog again.
            </p>
          )}
        </div>
        <div className="connection-field">
          <label htmlFor="connection-name">Name</label>
          <input
            id="connection-name"
            className="mono"
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={nameProblem ? true : undefined}
            aria-describedby={nameProblem ? 'connection-name-problem' : 'connection-name-hint'}
          />
          {nameProblem ? (
            <p id="connection-name-problem" className="connection-field-problem">
              {nameProblem}
            </p>
          ) : (
            <p id="connection-name-hint" className="connection-field-hint">
              Flow steps refer to the connection by this name, e.g. erp-prod.
            </p>
          )}
        </div>
        {connectorName !== '' && (
          <section className="connection-auth" aria-label="Connection settings">
            {connector.isPending && <p role="status">Loading the connector’s settings…</p>}
            {connector.isError && <ErrorBanner error={connector.error} />}
            {schema && (
              <>
                {editing && (
                  <p className="connection-field-hint">
                    Secret fields are not shown; leave them empty to keep the stored values.
                  </p>
                )}
                <SchemaForm
                  schema={schema}
                  value={settings}
                  onChange={setSettings}
                  idPrefix="connection-auth"
                  errors={fieldErrors.form}
                  variantLabel="Authentication"
                  disabled={save.isPending}
                />
              </>
            )}
          </section>
        )}
        {save.error && <ErrorBanner error={save.error} />}
        <div className="modal-dialog-actions connection-form-actions">
          <button type="button" className="action-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="action-button action-button-primary" disabled={save.isPending || !schema}>
            {save.isPending ? 'Saving…' : 'Save connection'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
