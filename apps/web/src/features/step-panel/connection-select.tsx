import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { NewConnectionDialog } from '../connections/new-connection-dialog';
import { PanelField } from './panel-fields';
import { useConnections } from './use-connector-data';

const NEW_CONNECTION = '__new__';

interface ConnectionSelectProps {
  id: string;
  /** only connections of this connector are offered */
  connector: string;
  value: string | undefined;
  onChange(next: string | undefined): void;
  label?: string;
  problem?: string | undefined;
}

/**
 * Picks a stored connection by name, or creates one on the spot ("New
 * connection…") and selects it. A name the draft uses but that does not
 * exist here (an imported flow) stays selectable and is flagged.
 */
export function ConnectionSelect({
  id,
  connector,
  value,
  onChange,
  label = 'Connection',
  problem,
}: ConnectionSelectProps) {
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const { connections, isPending, error } = useConnections(connector);
  const missing = value !== undefined && !isPending && !connections.some((connection) => connection.name === value);
  const hint = error
    ? 'Could not load the connections; the name stays as it is.'
    : missing
      ? `No connection "${value}" exists here: choose another or create it.`
      : connections.length === 0 && !isPending
        ? `No ${connector} connection yet: choose "New connection…".`
        : undefined;

  return (
    <PanelField id={id} label={label} problem={problem} hint={hint}>
      <select
        id={id}
        value={value ?? ''}
        aria-invalid={problem || missing ? true : undefined}
        aria-describedby={problem || hint ? `${id}-note` : undefined}
        onChange={(event) => {
          if (event.target.value === NEW_CONNECTION) setCreating(true);
          else onChange(event.target.value === '' ? undefined : event.target.value);
        }}
      >
        <option value="">{isPending ? 'Loading connections…' : 'No connection'}</option>
        {missing && <option value={value}>{value} (missing)</option>}
        {connections.map((connection) => (
          <option key={connection.id} value={connection.name}>
            {connection.name}
          </option>
        ))}
        <option value={NEW_CONNECTION}>New connection…</option>
      </select>
      {creating && (
        <NewConnectionDialog
          connector={connector}
          onCreated={(connection: { name: string }) => {
            setCreating(false);
            void queryClient.invalidateQueries({ queryKey: ['connections'] });
            onChange(connection.name);
          }}
          onClose={() => setCreating(false)}
        />
      )}
    </PanelField>
  );
}
