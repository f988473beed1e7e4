import { useEffect, useMemo, useState } from 'react';
import { parseSourceSample, sourceFieldTree } from './source-sample';

/** The drag data type of a source field; plain text too, so a drop into any text field inserts the path. */
export const SOURCE_PATH_MIME = 'application/x-tributary-source-path';

interface SourceSamplePanelProps {
  idPrefix: string;
  source: unknown;
  onSourceChange(next: unknown): void;
  selectedPath: string | null;
  onSelectPath(path: string | null): void;
}

/**
 * The sample record the mapping is previewed with (pasted JSON) and its
 * fields as a tree: drag a field onto a target, or select it and press Enter
 * in a target's "Map" input.
 */
export function SourceSamplePanel({
  idPrefix,
  source,
  onSourceChange,
  selectedPath,
  onSelectPath,
}: SourceSamplePanelProps) {
  const [text, setText] = useState(() => sampleText(source));
  const parsed = useMemo(() => parseSourceSample(text), [text]);

  // a sample replaced from outside (a new test run) replaces the text, unless it is what the text already says
  useEffect(() => {
    setText((current) => {
      const now = parseSourceSample(current);
      return now.ok && JSON.stringify(now.value) === JSON.stringify(source) ? current : sampleText(source);
    });
  }, [source]);

  const fields = useMemo(() => sourceFieldTree(source), [source]);
  const textId = `${idPrefix}-source-sample`;
  const errorId = `${textId}-error`;

  return (
    <div className="mapping-source">
      <label htmlFor={textId} className="mapping-heading">
        Source sample (JSON)
      </label>
      <textarea
        id={textId}
        className="mapping-source-text"
        value={text}
        spellCheck={false}
        rows={8}
        aria-invalid={!parsed.ok}
        aria-describedby={parsed.ok ? undefined : errorId}
        onChange={(event) => {
          setText(event.target.value);
          const next = parseSourceSample(event.target.value);
          if (next.ok) onSourceChange(next.value);
        }}
      />
      {!parsed.ok && (
        <p id={errorId} role="alert" className="mapping-error">
          {parsed.message}
        </p>
      )}
      <h4 className="mapping-heading" id={`${idPrefix}-source-fields`}>
        Source fields
      </h4>
      {fields.length === 0 ? (
        <p className="muted">No fields yet: paste a sample record above, or run a test to use the trigger payload.</p>
      ) : (
        <>
          <p className="muted mapping-hint">
            Drag a field onto a target, or select it and press Enter in a target&apos;s &ldquo;Map&rdquo; field.
          </p>
          <ul className="mapping-source-tree" aria-labelledby={`${idPrefix}-source-fields`}>
            {fields.map((field) => (
              <li key={field.path} style={{ paddingLeft: `${field.depth * 14}px` }}>
                <button
                  type="button"
                  className="mapping-source-field"
                  draggable
                  aria-pressed={selectedPath === field.path}
                  aria-label={`Source field ${field.path}`}
                  title={field.path}
                  onClick={() => onSelectPath(selectedPath === field.path ? null : field.path)}
                  onDragStart={(event) => {
                    event.dataTransfer.setData(SOURCE_PATH_MIME, field.path);
                    event.dataTransfer.setData('text/plain', field.path);
                    event.dataTransfer.effectAllowed = 'copy';
                  }}
                >
                  {field.label}
                </button>
                <span className="mapping-source-preview">{field.preview}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function sampleText(source: unknown): string {
  return source === undefined ? '' : JSON.stringify(source, null, 2);
}
