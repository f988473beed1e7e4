import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { decideApproval, type RunStep } from '../../api/runs.api';
import '../../components/action-button.css';
import { ErrorBanner } from '../../components/error-banner';
import { JsonBlock } from '../../components/json-block';
import { runQueryKey } from './run-query-key';

type Approval = NonNullable<NonNullable<RunStep['waitingFor']>['approval']>;

/** Approve or reject a step waiting for a person, with an optional comment recorded with the decision. */
export function ApprovalForm({ runId, step, approval }: { runId: string; step: RunStep; approval: Approval }) {
  const queryClient = useQueryClient();
  const commentId = useId();
  const [comment, setComment] = useState('');
  const decide = useMutation({
    mutationFn: (decision: 'approve' | 'reject') =>
      decideApproval(runId, { stepId: step.id, decision, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: runQueryKey(runId) }),
  });
  return (
    <section className="run-approval" aria-label={`Approval for ${step.id}`}>
      <strong>Waiting for approval</strong>
      {approval.prompt !== undefined &&
        (typeof approval.prompt === 'string' ? <p>{approval.prompt}</p> : <JsonBlock value={approval.prompt} />)}
      {approval.approvers && approval.approvers.length > 0 && (
        <p className="muted">Approvers: {approval.approvers.join(', ')}</p>
      )}
      <label htmlFor={commentId}>Comment</label>
      <textarea id={commentId} value={comment} maxLength={2000} onChange={(event) => setComment(event.target.value)} />
      {decide.error && <ErrorBanner error={decide.error} />}
      {decide.data ? (
        <p role="status">{decide.data.decision === 'approved' ? 'Approved' : 'Rejected'}; the run continues.</p>
      ) : (
        <div className="run-approval-buttons">
          <button
            type="button"
            className="action-button action-button-primary"
            disabled={decide.isPending}
            onClick={() => decide.mutate('approve')}
          >
            Approve
          </button>
          <button
            type="button"
            className="action-button action-button-danger"
            disabled={decide.isPending}
            onClick={() => decide.mutate('reject')}
          >
            Reject
          </button>
        </div>
      )}
    </section>
  );
}
