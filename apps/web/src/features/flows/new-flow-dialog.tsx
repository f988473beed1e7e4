import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { createFlow } from '../../api/flows.api';
import { ErrorBanner } from '../../components/error-banner';
import { ModalDialog } from '../../components/modal-dialog';
import { slugFromName, slugProblem } from './flow-slug';
import './flows.css';

/** Every new flow starts empty: a manual trigger and no steps; the editor takes it from there. */
const EMPTY_DEFINITION = {
  schemaVersion: 1,
  trigger: { kind: 'manual' },
  steps: [],
  compensateOnFailure: false,
} as const;

/** The "New flow" dialog: name, slug (derived from the name until edited), create, then open the editor. */
export function NewFlowDialog({ onClose }: { onClose(): void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  // One key per distinct request: a double submit is one create, an edited form is a new request.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  const create = useMutation({
    mutationFn: () =>
      createFlow({ slug, name: name.trim(), definition: { ...EMPTY_DEFINITION, steps: [] } }, idempotencyKey),
    onSuccess: async (flow) => {
      await queryClient.invalidateQueries({ queryKey: ['flows'] });
      navigate(`/flows/${encodeURIComponent(flow.slug)}`);
    },
  });

  const nameProblem = name.trim() === '' ? 'Enter a name for the flow.' : null;
  const slugMessage = slugProblem(slug);
  const showSlugProblem = slugMessage !== null && (submitted || slug !== '');

  const changeName = (next: string) => {
    setName(next);
    if (!slugEdited) setSlug(slugFromName(next));
    setIdempotencyKey(crypto.randomUUID());
  };
  const changeSlug = (next: string) => {
    setSlug(next);
    setSlugEdited(next !== '');
    setIdempotencyKey(crypto.randomUUID());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (nameProblem || slugMessage || create.isPending) return;
    create.mutate();
  };

  return (
    <ModalDialog title="New flow" onClose={onClose}>
      <form className="flow-form" onSubmit={submit} noValidate>
        <div className="flow-field">
          <label htmlFor="new-flow-name">Name</label>
          <input
            id="new-flow-name"
            value={name}
            onChange={(event) => changeName(event.target.value)}
            maxLength={200}
            autoComplete="off"
            aria-invalid={submitted && nameProblem !== null}
            aria-describedby={submitted && nameProblem ? 'new-flow-name-problem' : undefined}
          />
          {submitted && nameProblem && (
            <p id="new-flow-name-problem" className="flow-field-problem">
              {nameProblem}
            </p>
          )}
        </div>
        <div className="flow-field">
          <label htmlFor="new-flow-slug">Slug</label>
          <input
            id="new-flow-slug"
            className="mono"
            value={slug}
            onChange={(event) => changeSlug(event.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={showSlugProblem}
            aria-describedby={showSlugProblem ? 'new-flow-slug-problem' : 'new-flow-slug-hint'}
          />
          {showSlugProblem ? (
            <p id="new-flow-slug-problem" className="flow-field-problem">
              {slugMessage}
            </p>
          ) : (
            <p id="new-flow-slug-hint" className="flow-field-hint">
              Part of the flow&apos;s address and of every run&apos;s workflow id; it cannot change later.
            </p>
          )}
        </div>
        {create.error && <ErrorBanner error={create.error} />}
        <div className="modal-dialog-actions flow-form-actions">
          <button type="button" className="action-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="action-button action-button-primary" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
