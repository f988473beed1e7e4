/**
 * The buttons of a delete confirmation the API may refuse with 409 (a
 * connection in use, a flow with running runs): "Delete" first, then, once
 * the refusal is on screen, "Delete anyway", which asks for `force`.
 */
export function ForceableDeleteActions(props: {
  /** the API refused the plain delete; its problem is shown above */
  refused: boolean;
  pending: boolean;
  onCancel(): void;
  onDelete(force: boolean): void;
}) {
  const { refused, pending } = props;
  return (
    <>
      <button type="button" className="action-button" onClick={props.onCancel}>
        Cancel
      </button>
      <button
        type="button"
        className="action-button action-button-danger"
        disabled={pending}
        onClick={() => props.onDelete(refused)}
      >
        {refused ? 'Delete anyway' : pending ? 'Deleting…' : 'Delete'}
      </button>
    </>
  );
}
