import { ApiProblemError, ApiUnreachableError } from '../../api/api-errors';

/** Where the working copy stands against the stored draft. */
export type SaveState =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  /** the edits are kept in the browser; the next edit (or Publish) tries again */
  | { kind: 'failed'; reason: string };

/** The text of the editor's save status (role="status"). */
export function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'saving':
      return 'Saving…';
    case 'dirty':
      return 'Unsaved changes';
    case 'failed':
      return `Not saved: ${state.reason}`;
  }
}

/** Why a save failed, in a few words: the draft's problems, an unreachable API, or the API's own title. */
export function saveFailureReason(error: unknown): string {
  if (error instanceof ApiProblemError) {
    const count = error.problem.errors?.length ?? 0;
    if (error.problem.status === 400 && count > 0) {
      return count === 1
        ? 'the flow has a problem (shown on its step)'
        : `the flow has ${count} problems (shown on the steps)`;
    }
    return error.problem.detail ?? error.problem.title;
  }
  if (error instanceof ApiUnreachableError) return 'the API cannot be reached; your changes are kept in this tab';
  return error instanceof Error ? error.message : String(error);
}
