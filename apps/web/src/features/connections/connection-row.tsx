import { useMutation } from '@tanstack/react-query';
import { authorizeConnection, testConnection, type Connection } from '../../api/connections.api';
import type { Connector } from '../../api/connectors.api';
import { ErrorBanner } from '../../components/error-banner';
import { TimeAgo } from '../../components/time-ago';
import { authKindLabel, usesAuthorizationCode } from './connection-settings';

interface ConnectionRowProps {
  connection: Connection;
  connector: Connector | undefined;
  now: Date;
  /** the connection the OAuth2 callback just connected */
  justConnected: boolean;
  onEdit(): void;
  onDelete(): void;
}

/** One connection: what it is, and its Test / Connect / Edit / Delete actions with their results inline. */
export function ConnectionRow({ connection, connector, now, justConnected, onEdit, onDelete }: ConnectionRowProps) {
  const test = useMutation({ mutationFn: () => testConnection(connection.id) });
  const connect = useMutation({
    mutationFn: () => authorizeConnection(connection.id),
    // the provider asks the user, then sends the browser back to /connections/<id>?oauth=connected
    onSuccess: (authorization) => window.location.assign(authorization.authorizationUrl),
  });
  const oauth = usesAuthorizationCode(connection);
  const connected = connection.secretFields.includes('refreshToken');

  return (
    <tr data-connection={connection.name} className={justConnected ? 'connection-row-highlight' : undefined}>
      <td>
        <div className="cell-title mono">{connection.name}</div>
        {oauth && <div className="cell-sub">{connected ? 'Connected' : 'Not connected yet: choose Connect'}</div>}
      </td>
      <td>{connector ? `${connector.displayName}` : connection.connector}</td>
      <td>{authKindLabel(connector?.manifest.auth, connection.config)}</td>
      <td>
        <TimeAgo iso={connection.createdAt} now={now} />
      </td>
      <td className="connection-actions">
        <div className="cell-actions">
          <button type="button" className="action-button" disabled={test.isPending} onClick={() => test.mutate()}>
            {test.isPending ? 'Testing…' : 'Test'}
          </button>
          {oauth && (
            <button
              type="button"
              className="action-button"
              disabled={connect.isPending}
              onClick={() => connect.mutate()}
            >
              {connect.isPending ? 'Connecting…' : 'Connect'}
            </button>
          )}
          <button type="button" className="action-button" onClick={onEdit}>
            Edit
          </button>
          <button type="button" className="action-button action-button-danger" onClick={onDelete}>
            Delete
          </button>
        </div>
        <div role="status" className="connection-test-result">
          {test.data &&
            (test.data.ok ? (
              <span className="connection-test-ok">
                ✓ {test.data.verified === 'connection' ? 'Reached the system' : 'Settings are valid (no live check)'}
                {test.data.message ? `: ${test.data.message}` : ''} ({test.data.durationMs} ms)
              </span>
            ) : (
              <span className="connection-test-failed">
                ✗ Test failed: {test.data.error.message} <code>{test.data.error.code}</code>
              </span>
            ))}
        </div>
        {test.error && <ErrorBanner error={test.error} />}
        {connect.error && <ErrorBanner error={connect.error} />}
      </td>
    </tr>
  );
}
