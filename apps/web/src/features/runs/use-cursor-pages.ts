import { useState } from 'react';

/**
 * Cursor paging: the cursors of the pages visited so far, so "Previous page"
 * can go back (the API's cursors only go forward). Starts over at page 1
 * whenever `resetKey` (the filters) changes.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: string[] }>({ key: resetKey, cursors: [] });
  const cursors = state.key === resetKey ? state.cursors : [];
  return {
    cursor: cursors.at(-1),
    pageNumber: cursors.length + 1,
    next: (cursor: string) => setState({ key: resetKey, cursors: [...cursors, cursor] }),
    previous: () => setState({ key: resetKey, cursors: cursors.slice(0, -1) }),
    first: () => setState({ key: resetKey, cursors: [] }),
  };
}
