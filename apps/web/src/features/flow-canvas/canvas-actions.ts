import { createContext, useContext } from 'react';
import type { InsertPlace } from './canvas-graph';

/**
 * What the canvas's nodes and edges can ask the editor to do. Passed by
 * context rather than in node data, so node data stays plain values and a
 * memoised node re-renders only when what it shows changes.
 */
export interface CanvasActions {
  select(stepId: string): void;
  remove(stepId: string): void;
  shift(stepId: string, by: -1 | 1): void;
  add(place: InsertPlace): void;
}

export const CanvasActionsContext = createContext<CanvasActions | null>(null);

export function useCanvasActions(): CanvasActions {
  const actions = useContext(CanvasActionsContext);
  if (!actions) throw new Error('canvas nodes render inside <FlowCanvas>');
  return actions;
}
