import { useCallback, useMemo, useState } from 'react';
import type { FlowDefinition, FlowStep, FlowTrigger } from '@tributary/workflows/flow-definition';
import type { FlowVersion } from '../../api/flows.api';
import { FlowCanvas } from '../flow-canvas/flow-canvas';
import type { InsertPlace } from '../flow-canvas/canvas-graph';
import { StepPanel } from '../step-panel/step-panel';
import { TriggerPanel } from '../step-panel/trigger-panel';
import { TestRunPanel } from '../test-run/test-run-panel';
import { useTestRun } from '../test-run/use-test-run';
import { VersionHistoryDialog } from '../flow-versions/version-history-dialog';
import { AddStepDialog } from './add-step-dialog';
import { changedPath } from './edit-coalescing';
import { EditorToolbar } from './editor-toolbar';
import { PublishDialog } from './publish-dialog';
import { newStepFor, type PaletteEntry } from './step-palette';
import {
  findStep,
  insertStep,
  insertStepAfter,
  moveStep,
  removeStep,
  replaceStep,
  shiftStep,
  StepTreeEditError,
} from './step-tree-edit';
import { sampleFromTestRun, statusesFromTestRun } from './test-run-sample';
import { useEditorShortcuts } from './use-editor-shortcuts';
import type { FlowDraftState } from './use-flow-draft';
import { useStepCatalog } from './use-step-catalog';
import './flow-editor.css';

type Dialog = { type: 'add'; place: InsertPlace } | { type: 'publish' } | { type: 'history' } | null;

interface FlowEditorProps {
  slug: string;
  draft: FlowDraftState;
  definition: FlowDefinition;
}

/**
 * The editor once the flow is loaded: toolbar, canvas, the selected step's
 * (or the trigger's) settings, the test run, and the publish and history
 * dialogs. Every change goes through `draft.edit`, which keeps undo history
 * and autosaves; tree edits the format refuses are shown, not applied.
 */
export function FlowEditor({ slug, draft, definition }: FlowEditorProps) {
  const catalog = useStepCatalog();
  const testRun = useTestRun(slug);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // a new panel for each selection, but not when the selected step is renamed from its own panel
  const [panelKey, setPanelKey] = useState(0);
  const select = useCallback((stepId: string | null) => {
    setSelectedId(stepId);
    setPanelKey((key) => key + 1);
  }, []);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [testRunOpen, setTestRunOpen] = useState(false);
  const [published, setPublished] = useState<string>('');
  const [refusal, setRefusal] = useState<string | null>(null);

  const { edit } = draft;
  /** Applies a tree edit; a refusal (duplicate id, …) is shown instead. */
  const tryEdit = useCallback(
    (change: (current: FlowDefinition) => FlowDefinition, options?: { coalesceKey?: string }): boolean => {
      try {
        edit(change, options);
        setRefusal(null);
        return true;
      } catch (error) {
        if (!(error instanceof StepTreeEditError)) throw error;
        setRefusal(error.message);
        return false;
      }
    },
    [edit],
  );

  useEditorShortcuts({ undo: draft.undo, redo: draft.redo });

  const statuses = useMemo(() => statusesFromTestRun(testRun.steps), [testRun.steps]);
  const sample = useMemo(() => sampleFromTestRun(testRun.payload, testRun.steps), [testRun.payload, testRun.steps]);
  const names = useMemo(
    () => ({ actionNames: catalog.actionNames, connectorNames: catalog.connectorNames }),
    [catalog.actionNames, catalog.connectorNames],
  );

  const selectedStep = selectedId && selectedId !== 'trigger' ? findStep(definition, selectedId)?.step : undefined;
  const allProblems = useMemo(
    () => [...draft.problems.errors, ...draft.problems.warnings],
    [draft.problems.errors, draft.problems.warnings],
  );
  const problemsOf = (stepId: string) =>
    allProblems.filter((problem) => problem.stepId === stepId).map(({ path, message }) => ({ path, message }));

  const addStep = (entry: PaletteEntry) => {
    if (dialog?.type !== 'add') return;
    const { place } = dialog;
    const step = newStepFor(entry, definition, catalog.connections);
    const added = tryEdit((current) =>
      'after' in place
        ? insertStepAfter(current, place.after, step)
        : insertStep(current, place.block, place.index, step),
    );
    setDialog(null);
    if (added) select(step.id);
  };

  const removeSelectedOr = (stepId: string) => {
    tryEdit((current) => removeStep(current, stepId));
    if (selectedId === stepId) select(null);
  };

  const changeStep = (stepId: string) => (next: FlowStep) => {
    const before = findStep(definition, stepId)?.step;
    const changed = tryEdit((current) => replaceStep(current, stepId, next), {
      coalesceKey: `step:${next.id}:${changedPath(before, next)}`,
    });
    if (changed && next.id !== stepId) setSelectedId(next.id);
  };

  const changeTrigger = (next: FlowTrigger) =>
    tryEdit((current) => ({ ...current, trigger: next }), {
      coalesceKey: `trigger:${changedPath(definition.trigger, next)}`,
    });

  const onPublished = (version: FlowVersion) => {
    setDialog(null);
    setPublished(`Published version ${version.version}`);
  };

  const onRolledBack = async (version: FlowVersion) => {
    setDialog(null);
    select(null);
    await draft.reload();
    setPublished(`Rolled back: published version ${version.version}`);
  };

  return (
    <div className="flow-editor-body">
      <EditorToolbar
        canUndo={draft.canUndo}
        canRedo={draft.canRedo}
        onUndo={draft.undo}
        onRedo={draft.redo}
        testRunOpen={testRunOpen}
        onToggleTestRun={() => setTestRunOpen((open) => !open)}
        onPublish={() => setDialog({ type: 'publish' })}
        onHistory={() => setDialog({ type: 'history' })}
        saveStatus={draft.saveStatusText}
        saveFailed={draft.saveState.kind === 'failed'}
      />
      <p role="status" className={published ? 'editor-notice' : 'visually-hidden'}>
        {published}
      </p>
      {refusal && (
        <p role="alert" className="editor-refusal">
          {refusal}
        </p>
      )}
      <div className="flow-editor-workspace">
        <FlowCanvas
          definition={definition}
          problems={draft.problems.errors}
          statuses={statuses}
          selectedId={selectedId}
          names={names}
          onSelect={select}
          onRemove={removeSelectedOr}
          onShift={(stepId, by) => tryEdit((current) => shiftStep(current, stepId, by))}
          onMove={(stepId, index) => tryEdit((current) => moveStep(current, stepId, index))}
          onAdd={(place) => setDialog({ type: 'add', place })}
        />
        {(selectedId === 'trigger' || selectedStep) && (
          // a field mapping needs room for its source and target side by side
          <div className={`flow-editor-side${selectedStep?.kind === 'map' ? ' flow-editor-side-wide' : ''}`}>
            {selectedId === 'trigger' ? (
              <TriggerPanel
                trigger={definition.trigger}
                flowSlug={slug}
                publishedWebhookPath={draft.flow?.webhookPath ?? null}
                problems={problemsOf('trigger')}
                onChange={changeTrigger}
                onClose={() => select(null)}
              />
            ) : (
              selectedStep && (
                <StepPanel
                  key={panelKey}
                  step={selectedStep}
                  definition={definition}
                  flowSlug={slug}
                  problems={problemsOf(selectedStep.id)}
                  sample={sample}
                  testResult={testRun.steps[selectedStep.id]}
                  onChange={changeStep(selectedStep.id)}
                  onDelete={() => removeSelectedOr(selectedStep.id)}
                  onClose={() => select(null)}
                />
              )
            )}
          </div>
        )}
        {testRunOpen && (
          <div className="flow-editor-side flow-editor-test-run">
            <TestRunPanel flowSlug={slug} definition={definition} testRun={testRun} onSelectStep={select} />
          </div>
        )}
      </div>
      {dialog?.type === 'add' && <AddStepDialog catalog={catalog} onPick={addStep} onClose={() => setDialog(null)} />}
      {dialog?.type === 'publish' && (
        <PublishDialog
          slug={slug}
          draft={draft}
          onSelectStep={(stepId) => {
            setDialog(null);
            select(stepId);
          }}
          onPublished={onPublished}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.type === 'history' && (
        <VersionHistoryDialog
          slug={slug}
          onRolledBack={(version) => void onRolledBack(version)}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
