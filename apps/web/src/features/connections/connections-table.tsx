import type { Connection } from '../../api/connections.api';
import { ConnectionRow } from './connection-row';
import { useConnectorsByName } from './use-connections';
import './connections.css';

interface ConnectionsTableProps {
  connections: Connection[];
  now: Date;
  highlightId?: string;
  onEdit(connection: Connection): void;
  onDelete(connection: Connection): void;
}

/** The connections with their connector and way of authenticating; never a secret, only which fields are stored. */
export function ConnectionsTable({ connections, now, highlightId, onEdit, onDelete }: ConnectionsTableProps) {
  const connectors = useConnectorsByName(connections.map((connection) => connection.connector));
  return (
    <table className="table" aria-label="Connections">
      <thead>
        <tr>
          <th>Name</th>
          <th>Connector</th>
          <th>Authentication</th>
          <th>Created</th>
          <th>
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {connections.map((connection) => (
          <ConnectionRow
            key={connection.id}
            connection={connection}
            connector={connectors.get(connection.connector)}
            now={now}
            justConnected={connection.id === highlightId}
            onEdit={() => onEdit(connection)}
            onDelete={() => onDelete(connection)}
          />
        ))}
      </tbody>
    </table>
  );
}
