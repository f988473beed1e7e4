import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { cancelRun, rerunRun, restartRun, type RunDetail } from '../../api/runs.api';
import '../../components/action-button.css';
import { ErrorBanner } from '../../components/error-banner';
import { ModalDialog } from '../../components/modal-dialog';
import { restartStepId } from './step-tree';
import { runQueryKey } from './run-query-key';
import './runs.css';

type RunAction = 'cancel' | 'restart' | 'rerun';

/**
 * What can be done with a run: cancel it while it runs; once closed, start a
 * new run from the failed step (earlier outputs reused) or with the same
 * trigger data. A new run opens in its place.
 */
export function RunActions({ run }: { run: RunDetail }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const fromStepId = restartStepId(run.steps);

  const act = useMutation({
    mutationFn: async (action: RunAction) => {
      if (action === 'cancel') {
        await cancelRun(run.id);
        return null;
      }
      const key = crypto.randomUUID();
      return action === 'restart' ? restartRun(run.id, fromStepId, key) : rerunRun(run.id, key);
    },
    onSuccess: async (newRun, action) => {
      if (action === 'cancel') setConfirmingCancel(false);
      await queryClient.invalidateQueries({ queryKey: ['runs'] });
      if (newRun) navigate(`/runs/${encodeURIComponent(newRun.id)}`);
      else await queryClient.invalidateQueries({ queryKey: runQueryKey(run.id) });
    },
  });

  const running = run.status === 'running';
  const canRestart = !running && run.status !== 'completed' && fromStepId !== undefined;
  const cancelRequested = act.isSuccess && act.variables === 'cancel';

  return (
    <>
      <div className="run-actions">
        {running && (
          <button
            type="button"
            className="action-button action-button-danger"
            disabled={act.isPending || cancelRequested}
            onClick={() => {
              act.reset();
              setConfirmingCancel(true);
            }}
          >
            Cancel run
          </button>
        )}
        {canRestart && (
          <button
            type="button"
            className="action-button action-button-primary"
            disabled={act.isPending}
            title={`A new run from step ${fromStepId}; the steps before it keep their outputs`}
            onClick={() => act.mutate('restart')}
          >
            Retry from failed step
          </button>
        )}
        {!running && (
          <button
            type="button"
            className="action-button"
            disabled={act.isPending}
            title="A new run of the same version with the same trigger data"
            onClick={() => act.mutate('rerun')}
          >
            Re-run
          </button>
        )}
      </div>
      {cancelRequested && (
        <p className="run-notice" role="status">
          Cancellation requested; the run shows “cancelled” once its steps have stopped.
        </p>
      )}
      {act.error && !confirmingCancel && <ErrorBanner error={act.error} />}
      {confirmingCancel && (
        <ModalDialog
          title="Cancel run"
          onClose={() => setConfirmingCancel(false)}
          actions={
            <>
              <button type="button" className="action-button" onClick={() => setConfirmingCancel(false)}>
                Keep running
              </button>
              <button
                type="button"
                className="action-button action-button-danger"
                disabled={act.isPending}
                onClick={() => act.mutate('cancel')}
              >
                {act.isPending ? 'Cancelling…' : 'Cancel the run'}
              </button>
            </>
          }
        >
          <p>
            Cancel <code>{run.id}</code>? The step running now is asked to stop and no further step starts;
            compensations run if the flow declares them. Steps already done are not undone otherwise.
          </p>
          {act.error && <ErrorBanner error={act.error} />}
        </ModalDialog>
      )}
    </>
  );
}
