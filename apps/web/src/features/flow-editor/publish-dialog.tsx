import { useEffect, useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ModalDialog } from '../../components/modal-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { publishFlow, type FlowVersion } from '../../api/flows.api';
import { problemText, type LocatedProblem } from './problem-location';
import type { DraftProblems, FlowDraftState } from './use-flow-draft';

interface PublishDialogProps {
  slug: string;
  draft: Pick<FlowDraftState, 'checkForPublish' | 'saveStatusText'>;
  onSelectStep(stepId: string): void;
  onPublished(version: FlowVersion): void;
  onClose(): void;
}

type Check = { phase: 'checking' } | { phase: 'checked'; saved: boolean; problems: DraftProblems };

/**
 * "Publish flow": saves the draft, asks the API what publishing would refuse,
 * and offers "Publish version" only when nothing is. Each problem is a
 * button that takes the analyst to its step.
 */
export function PublishDialog({ slug, draft, onSelectStep, onPublished, onClose }: PublishDialogProps) {
  const messageId = useId();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const [check, setCheck] = useState<Check>({ phase: 'checking' });
  const [idempotencyKey] = useState(() => crypto.randomUUID());

  const { checkForPublish } = draft;
  useEffect(() => {
    let current = true;
    checkForPublish().then(
      (result) => current && setCheck({ phase: 'checked', ...result }),
      () => current && setCheck({ phase: 'checked', saved: false, problems: { errors: [], warnings: [] } }),
    );
    return () => {
      current = false;
    };
  }, [checkForPublish]);

  const publish = useMutation({
    mutationFn: () => publishFlow(slug, { message }, idempotencyKey),
    onSuccess: async (version) => {
      await queryClient.invalidateQueries({ queryKey: ['flow-versions', slug] });
      await queryClient.invalidateQueries({ queryKey: ['flows'] });
      onPublished(version);
    },
  });

  const errors = check.phase === 'checked' ? check.problems.errors : [];
  const warnings = check.phase === 'checked' ? check.problems.warnings : [];
  const blocked = check.phase === 'checking' || !check.saved || errors.length > 0 || publish.isPending;

  return (
    <ModalDialog
      title="Publish flow"
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" className="action-button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="action-button action-button-primary"
            disabled={blocked}
            onClick={() => publish.mutate()}
          >
            {publish.isPending ? 'Publishing…' : 'Publish version'}
          </button>
        </>
      }
    >
      <div className="publish-field">
        <label htmlFor={messageId}>Message</label>
        <textarea
          id={messageId}
          rows={3}
          maxLength={500}
          placeholder="What changed, for the version history"
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
      </div>
      {check.phase === 'checking' && <p className="muted">Saving the draft and checking it…</p>}
      {check.phase === 'checked' && !check.saved && (
        <p className="publish-blocked" role="alert">
          The draft is not saved ({draft.saveStatusText}); fix the problems below before publishing.
        </p>
      )}
      {check.phase === 'checked' && check.saved && errors.length === 0 && (
        <p className="muted">The flow is valid. Publishing makes it the version new runs use.</p>
      )}
      {errors.length > 0 && (
        <ProblemList
          title={`${errors.length} ${errors.length === 1 ? 'problem blocks' : 'problems block'} publishing`}
          problems={errors}
          onSelectStep={onSelectStep}
        />
      )}
      {warnings.length > 0 && (
        <ProblemList title="Will fail in this environment" problems={warnings} onSelectStep={onSelectStep} />
      )}
      {publish.error && <ErrorBanner error={publish.error} />}
    </ModalDialog>
  );
}

function ProblemList({
  title,
  problems,
  onSelectStep,
}: {
  title: string;
  problems: LocatedProblem[];
  onSelectStep(stepId: string): void;
}) {
  return (
    <section className="problem-list" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.source}-${index}`}>
            {problem.stepId ? (
              <button type="button" className="link-button" onClick={() => onSelectStep(problem.stepId!)}>
                <strong>{problem.stepId}</strong> · {problemText(problem)}
              </button>
            ) : (
              <span>
                <strong>flow</strong> · {problemText(problem)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
