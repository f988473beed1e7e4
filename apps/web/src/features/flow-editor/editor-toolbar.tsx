interface EditorToolbarProps {
  canUndo: boolean;
  canRedo: boolean;
  onUndo(): void;
  onRedo(): void;
  testRunOpen: boolean;
  onToggleTestRun(): void;
  onPublish(): void;
  onHistory(): void;
  saveStatus: string;
  saveFailed: boolean;
}

/** Undo, Redo, Test run, Publish, History and the save status (a live region). */
export function EditorToolbar(props: EditorToolbarProps) {
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Flow editor">
      <button type="button" className="action-button" onClick={props.onUndo} disabled={!props.canUndo} title="Ctrl+Z">
        Undo
      </button>
      <button
        type="button"
        className="action-button"
        onClick={props.onRedo}
        disabled={!props.canRedo}
        title="Ctrl+Shift+Z"
      >
        Redo
      </button>
      <span className="editor-toolbar-gap" />
      <p role="status" className={`editor-save-status${props.saveFailed ? ' editor-save-status-failed' : ''}`}>
        {props.saveStatus}
      </p>
      <button type="button" className="action-button" aria-pressed={props.testRunOpen} onClick={props.onToggleTestRun}>
        Test run
      </button>
      <button type="button" className="action-button" onClick={props.onHistory}>
        History
      </button>
      <button type="button" className="action-button action-button-primary" onClick={props.onPublish}>
        Publish
      </button>
    </div>
  );
}
