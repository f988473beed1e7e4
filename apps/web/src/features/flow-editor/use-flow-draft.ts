import { useCallback, useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { ApiProblemError } from '../../api/api-errors';
import { getFlowDocument, saveFlowDraft, validateFlowDraft, type FlowValidationResult } from '../../api/flows.api';
import { canRedo, canUndo, recordEdit, redo, startHistory, undo, type DraftHistory } from './draft-history';
import { locateProblems, type LocatedProblem } from './problem-location';
import { saveFailureReason, saveStateText, type SaveState } from './save-state';

export const AUTOSAVE_DELAY_MS = 800;

export interface DraftProblems {
  /** what publishing would refuse */
  errors: LocatedProblem[];
  /** publishable, but will fail here (a connection that does not exist) */
  warnings: LocatedProblem[];
}

const NO_PROBLEMS: DraftProblems = { errors: [], warnings: [] };

export function flowQueryKey(slug: string) {
  return ['flow', slug] as const;
}

/**
 * The editor's working copy of one flow: loaded once, edited locally with
 * undo/redo, saved to `PUT /v1/flows/{slug}` a moment after the last edit,
 * then validated. A refused save never drops an edit: the working copy stays
 * here, the problems go on the steps and the status says it is not saved.
 */
export function useFlowDraft(slug: string) {
  const queryClient = useQueryClient();
  const flowQuery = useQuery({
    queryKey: flowQueryKey(slug),
    queryFn: ({ signal }) => getFlowDocument(slug, signal),
    // the working copy is the truth while editing; a refetch must not look like a reset
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });

  const [history, setHistory] = useState<DraftHistory<FlowDefinition> | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [problems, setProblemsState] = useState<DraftProblems>(NO_PROBLEMS);
  const problemsRef = useRef(problems);
  const setProblems = useCallback((next: DraftProblems) => {
    problemsRef.current = next;
    setProblemsState(next);
  }, []);

  const historyRef = useRef(history);
  const revision = useRef(0);
  const savedRevision = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const envelope = useRef<{ name: string; description: string | null }>({ name: '', description: null });

  const validate = useCallback(
    async (definition: FlowDefinition): Promise<DraftProblems> => {
      const result: FlowValidationResult = await validateFlowDraft(slug);
      const next = {
        errors: locateProblems(definition, result.errors),
        warnings: locateProblems(definition, result.warnings),
      };
      setProblems(next);
      return next;
    },
    [slug, setProblems],
  );

  const initialise = useCallback(
    (definition: FlowDefinition, name: string, description: string | null) => {
      clearTimeout(timer.current);
      envelope.current = { name, description };
      const fresh = startHistory(definition);
      historyRef.current = fresh;
      setHistory(fresh);
      revision.current += 1;
      savedRevision.current = revision.current;
      setSaveState({ kind: 'saved' });
      validate(definition).catch(() => setProblems(NO_PROBLEMS));
    },
    [validate, setProblems],
  );

  const loaded = flowQuery.data;
  useEffect(() => {
    if (loaded && historyRef.current === null) {
      initialise(loaded.definition as unknown as FlowDefinition, loaded.name, loaded.description);
    }
  }, [loaded, initialise]);

  /** Saves the present working copy; resolves true when what was present is stored. */
  const saveNow = useCallback((): Promise<boolean> => {
    if (inFlight.current) return inFlight.current.then(() => saveNow());
    const current = historyRef.current;
    if (!current || savedRevision.current === revision.current) return Promise.resolve(true);
    const sentRevision = revision.current;
    const definition = current.present;
    setSaveState({ kind: 'saving' });
    const attempt = (async () => {
      try {
        const stored = await saveFlowDraft(slug, { ...envelope.current, definition });
        savedRevision.current = sentRevision;
        queryClient.setQueryData(flowQueryKey(slug), stored);
        const upToDate = revision.current === sentRevision;
        setSaveState(upToDate ? { kind: 'saved' } : { kind: 'dirty' });
        await validate(definition).catch(() => undefined);
        return upToDate;
      } catch (error) {
        if (error instanceof ApiProblemError && error.problem.status === 400 && error.problem.errors?.length) {
          setProblems({ errors: locateProblems(definition, error.problem.errors), warnings: [] });
        }
        setSaveState({ kind: 'failed', reason: saveFailureReason(error) });
        return false;
      } finally {
        inFlight.current = null;
      }
    })();
    inFlight.current = attempt;
    return attempt.then((ok) => {
      // edits made while this save was on the wire go out next
      if (ok || revision.current === sentRevision) return ok;
      return saveNow();
    });
  }, [slug, queryClient, validate, setProblems]);

  const commit = useCallback(
    (next: DraftHistory<FlowDefinition>) => {
      if (next === historyRef.current) return;
      historyRef.current = next;
      setHistory(next);
      revision.current += 1;
      setSaveState((state) => (state.kind === 'saving' ? state : { kind: 'dirty' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    },
    [saveNow],
  );

  /**
   * Applies an edit of the definition. `coalesceKey` names the field being
   * typed in, so one word is one undo step. An edit the tree refuses
   * (StepTreeEditError) is thrown to the caller.
   */
  const edit = useCallback(
    (change: (definition: FlowDefinition) => FlowDefinition, options: { coalesceKey?: string } = {}) => {
      const current = historyRef.current;
      if (!current) return;
      const next = change(current.present);
      commit(recordEdit(current, next, { ...options, now: Date.now() }));
    },
    [commit],
  );

  const undoEdit = useCallback(() => historyRef.current && commit(undo(historyRef.current)), [commit]);
  const redoEdit = useCallback(() => historyRef.current && commit(redo(historyRef.current)), [commit]);

  /** Saves at once (before publishing); true when the stored draft is the working copy. */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    return saveNow();
  }, [saveNow]);

  /** Saves, then validates the stored draft: what the publish dialog shows. */
  const checkForPublish = useCallback(async (): Promise<{ saved: boolean; problems: DraftProblems }> => {
    const saved = await flush();
    const current = historyRef.current;
    if (!saved || !current) return { saved, problems: problemsRef.current };
    return { saved, problems: await validate(current.present) };
  }, [flush, validate]);

  /** Loads the stored draft again, e.g. after a rollback replaced it; local history starts over. */
  const reload = useCallback(async () => {
    const fresh = await queryClient.fetchQuery({
      queryKey: flowQueryKey(slug),
      queryFn: ({ signal }) => getFlowDocument(slug, signal),
      staleTime: 0,
    });
    initialise(fresh.definition as unknown as FlowDefinition, fresh.name, fresh.description);
  }, [queryClient, slug, initialise]);

  const unsaved = saveState.kind === 'dirty' || saveState.kind === 'failed' || saveState.kind === 'saving';
  useEffect(() => {
    if (!unsaved) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return {
    flowQuery,
    flow: flowQuery.data,
    definition: history?.present ?? null,
    edit,
    undo: undoEdit,
    redo: redoEdit,
    canUndo: history ? canUndo(history) : false,
    canRedo: history ? canRedo(history) : false,
    saveState,
    saveStatusText: saveStateText(saveState),
    problems,
    flush,
    checkForPublish,
    reload,
  };
}

export type FlowDraftState = ReturnType<typeof useFlowDraft>;
