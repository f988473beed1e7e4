import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiProblemError } from '../../api/api-errors';
import { deleteConnection, type Connection } from '../../api/connections.api';
import { ErrorBanner } from '../../components/error-banner';
import { ForceableDeleteActions } from '../../components/forceable-delete-actions';
import { ModalDialog } from '../../components/modal-dialog';
import { CONNECTIONS_QUERY_KEY } from './use-connections';

/**
 * Confirms deleting a connection. While published flow versions use it the
 * API refuses (409) and says which; the user can then delete it anyway.
 */
export function DeleteConnectionDialog({ connection, onClose }: { connection: Connection; onClose(): void }) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (force: boolean) => deleteConnection(connection.id, { force }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: CONNECTIONS_QUERY_KEY });
      onClose();
    },
  });
  const inUse = remove.error instanceof ApiProblemError && remove.error.problem.status === 409;

  return (
    <ModalDialog
      title="Delete connection"
      onClose={onClose}
      actions={
        <ForceableDeleteActions
          refused={inUse}
          pending={remove.isPending}
          onCancel={onClose}
          onDelete={(force) => remove.mutate(force)}
        />
      }
    >
      <p>
        Delete <strong className="mono">{connection.name}</strong> and its stored credentials? Steps that use it will
        fail until they get another connection.
      </p>
      {remove.error && <ErrorBanner error={remove.error} />}
      {inUse && (
        <p>Deleting it anyway breaks those flow versions’ runs until they are published with another connection.</p>
      )}
    </ModalDialog>
  );
}
