import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteFlow, type FlowListItem as Flow } from '../../api/flows.api';
import { ErrorBanner } from '../../components/error-banner';
import { ForceableDeleteActions } from '../../components/forceable-delete-actions';
import { ModalDialog } from '../../components/modal-dialog';
import { problemCode } from './flow-problems';

interface DeleteFlowDialogProps {
  flow: Pick<Flow, 'slug' | 'name'>;
  onDeleted(): void;
  onClose(): void;
}

/**
 * Confirms deleting a flow. While runs are running the API refuses (409);
 * the dialog then shows why and offers "Delete anyway", which leaves those
 * runs running in Temporal.
 */
export function DeleteFlowDialog({ flow, onDeleted, onClose }: DeleteFlowDialogProps) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (force: boolean) => deleteFlow(flow.slug, { force }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['flows'] });
      onDeleted();
    },
  });
  const blockedByRuns = problemCode(remove.error) === 'flow_has_running_runs';

  return (
    <ModalDialog
      title="Delete flow"
      onClose={onClose}
      actions={
        <ForceableDeleteActions
          refused={blockedByRuns}
          pending={remove.isPending}
          onCancel={onClose}
          onDelete={(force) => remove.mutate(force)}
        />
      }
    >
      <p>
        Delete <strong>{flow.name}</strong> (<code>{flow.slug}</code>)? Its triggers stop at once: its webhook answers
        404, its schedule no longer fires, pollers and subscriptions end. Its versions and run list go with it; the
        executions stay in Temporal&apos;s history.
      </p>
      {remove.error && <ErrorBanner error={remove.error} />}
      {blockedByRuns && (
        <p>
          <strong>Delete anyway</strong> deletes the flow now; its running runs keep running in Temporal until they end
          or you cancel them there.
        </p>
      )}
    </ModalDialog>
  );
}
