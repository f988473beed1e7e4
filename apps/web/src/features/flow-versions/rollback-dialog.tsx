import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ModalDialog } from '../../components/modal-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { rollbackFlow, type FlowVersion } from '../../api/flows.api';

interface RollbackDialogProps {
  slug: string;
  version: number;
  onRolledBack(published: FlowVersion): void;
  onClose(): void;
}

/** Confirms a rollback: version N's definition is published again as a new version and becomes the draft. */
export function RollbackDialog({ slug, version, onRolledBack, onClose }: RollbackDialogProps) {
  const queryClient = useQueryClient();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const rollback = useMutation({
    mutationFn: () => rollbackFlow(slug, version, idempotencyKey),
    onSuccess: async (published) => {
      await queryClient.invalidateQueries({ queryKey: ['flow-versions', slug] });
      onRolledBack(published);
    },
  });

  return (
    <ModalDialog
      title="Roll back"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="action-button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="action-button action-button-danger"
            disabled={rollback.isPending}
            onClick={() => rollback.mutate()}
          >
            {rollback.isPending ? 'Rolling back…' : 'Roll back'}
          </button>
        </>
      }
    >
      <p>
        Version {version} is published again as a new version, and the draft is replaced by it. Unpublished changes in
        the draft are lost; runs already started keep their version.
      </p>
      {rollback.error && <ErrorBanner error={rollback.error} />}
    </ModalDialog>
  );
}
