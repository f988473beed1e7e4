import type { Connection } from '../../api/connections.api';
import { ConnectionFormDialog } from './connection-form-dialog';

export interface NewConnectionDialogProps {
  /** preselects the connector, e.g. the one of the step that needs a connection */
  connector?: string;
  onCreated(connection: Connection): void;
  onClose(): void;
}

/** The "New connection" dialog, for the connections page and for a step panel that needs one inline. */
export function NewConnectionDialog({ connector, onCreated, onClose }: NewConnectionDialogProps) {
  return <ConnectionFormDialog {...(connector ? { connector } : {})} onSaved={onCreated} onClose={onClose} />;
}
