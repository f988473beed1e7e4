import { useState, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import type { Connection } from '../api/connections.api';
import '../components/action-button.css';
import { ErrorBanner } from '../components/error-banner';
import { useNow } from '../components/use-now';
import { ConnectionFormDialog } from '../features/connections/connection-form-dialog';
import { ConnectionsTable } from '../features/connections/connections-table';
import { DeleteConnectionDialog } from '../features/connections/delete-connection-dialog';
import { NewConnectionDialog } from '../features/connections/new-connection-dialog';
import { useConnections } from '../features/connections/use-connections';

type OpenDialog =
  { kind: 'new' } | { kind: 'edit'; connection: Connection } | { kind: 'delete'; connection: Connection } | null;

/**
 * `/connections` (and `/connections/<id>?oauth=connected`, where the API's
 * OAuth2 callback sends the browser back): the connections, and creating,
 * testing, connecting, editing and deleting them.
 */
export function ConnectionsPage() {
  const { id: focusedId } = useParams();
  const [searchParams] = useSearchParams();
  const connections = useConnections();
  const now = useNow(30_000);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<ReactNode>(null);

  const rows = connections.data?.data ?? [];
  const connected = searchParams.get('oauth') === 'connected' ? rows.find((row) => row.id === focusedId) : undefined;
  const openNew = () => setDialog({ kind: 'new' });

  return (
    <>
      <div className="page-head">
        <h1>Connections</h1>
        {connections.data && (
          <span className="muted">{rows.length === 1 ? '1 connection' : `${rows.length} connections`}</span>
        )}
        <div className="topbar-spacer" />
        <button type="button" className="action-button action-button-primary" onClick={openNew}>
          New connection
        </button>
      </div>
      <div aria-live="polite">
        {connected && (
          <p className="flow-notice">
            Connected <strong className="mono">{connected.name}</strong>: its tokens are stored and renewed
            automatically.
          </p>
        )}
        {notice && <p className="flow-notice">{notice}</p>}
      </div>
      {connections.error && <ErrorBanner error={connections.error} />}
      {connections.isPending && !connections.error && <p className="empty">Loading connections…</p>}
      {connections.data && rows.length === 0 && (
        <div className="empty">
          <p>
            <strong>No connections yet.</strong> A connection holds the address and credentials of a system your flows
            call; create one, then pick it in a flow step.
          </p>
          <button type="button" className="action-button action-button-primary" onClick={openNew}>
            New connection
          </button>
        </div>
      )}
      {rows.length > 0 && (
        <ConnectionsTable
          connections={rows}
          now={now}
          {...(focusedId ? { highlightId: focusedId } : {})}
          onEdit={(connection) => setDialog({ kind: 'edit', connection })}
          onDelete={(connection) => setDialog({ kind: 'delete', connection })}
        />
      )}
      {connections.data?.has_more && <p className="muted table-note">Showing the first {rows.length} connections.</p>}
      {dialog?.kind === 'new' && (
        <NewConnectionDialog
          onClose={() => setDialog(null)}
          onCreated={(connection) => {
            setNotice(
              <>
                Created <strong className="mono">{connection.name}</strong>. Use Test to check its credentials.
              </>,
            );
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'edit' && (
        <ConnectionFormDialog
          connection={dialog.connection}
          onClose={() => setDialog(null)}
          onSaved={(connection) => {
            setNotice(
              <>
                Saved <strong className="mono">{connection.name}</strong>.
              </>,
            );
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteConnectionDialog connection={dialog.connection} onClose={() => setDialog(null)} />
      )}
    </>
  );
}
