import type { LookupTransform } from '@tributary/workflows/mappings/transforms/lookup.transform';
import { useEffect, useState } from 'react';
import {
  duplicateLookupKeys,
  lookupRows,
  lookupTransformFromRows,
  lookupValueText,
  type LookupRow,
} from './lookup-table';

interface LookupTableEditorProps {
  idPrefix: string;
  target: string;
  lookup: LookupTransform;
  /** the target field's JSON type: values are typed for it ("1" → 1 for a number) */
  targetType?: string;
  onChange(next: LookupTransform): void;
  onRemove(): void;
}

/**
 * A lookup table (source code → target value) edited as rows. The rows are
 * kept here as typed — a row without a key yet, two rows with one key — and
 * the transform is derived from them on every edit.
 */
export function LookupTableEditor({
  idPrefix,
  target,
  lookup,
  targetType,
  onChange,
  onRemove,
}: LookupTableEditorProps) {
  const [rows, setRows] = useState<LookupRow[]>(() => initialRows(lookup));
  const [defaultText, setDefaultText] = useState(() =>
    lookup.default === undefined ? '' : lookupValueText(lookup.default),
  );

  // an outside change (undo) replaces the rows, unless they already say the same
  useEffect(() => {
    const fromRows = lookupTransformFromRows(rows, defaultText, targetType, lookup);
    if (JSON.stringify(fromRows) === JSON.stringify(lookup)) return;
    setRows(initialRows(lookup));
    setDefaultText(lookup.default === undefined ? '' : lookupValueText(lookup.default));
    // only the prop is watched: local edits emit a matching transform
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lookup]);

  const update = (nextRows: LookupRow[], nextDefault = defaultText) => {
    setRows(nextRows);
    setDefaultText(nextDefault);
    onChange(lookupTransformFromRows(nextRows, nextDefault, targetType, lookup));
  };
  const duplicates = duplicateLookupKeys(rows);

  return (
    <div className="mapping-lookup" role="group" aria-label={`Lookup table for ${target}`}>
      <table className="mapping-lookup-table">
        <caption>Lookup table for {target}</caption>
        <thead>
          <tr>
            <th scope="col">Source value</th>
            <th scope="col">Becomes</th>
            <th scope="col">
              <span className="mapping-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const n = index + 1;
            return (
              <tr key={index}>
                <td>
                  <input
                    id={`${idPrefix}-key-${n}`}
                    aria-label={`Lookup key ${n}`}
                    value={row.key}
                    aria-invalid={duplicates.has(row.key)}
                    onChange={(event) =>
                      update(rows.map((other, at) => (at === index ? { ...other, key: event.target.value } : other)))
                    }
                  />
                  {duplicates.has(row.key) && (
                    <span role="alert" className="mapping-error">
                      key used twice: the last row counts
                    </span>
                  )}
                </td>
                <td>
                  <input
                    id={`${idPrefix}-value-${n}`}
                    aria-label={`Lookup value ${n}`}
                    value={row.value}
                    onChange={(event) =>
                      update(rows.map((other, at) => (at === index ? { ...other, value: event.target.value } : other)))
                    }
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="action-button action-button-small"
                    aria-label={`Remove row ${n}`}
                    onClick={() => update(rows.filter((_row, at) => at !== index))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="mapping-lookup-actions">
        <button
          type="button"
          className="action-button action-button-small"
          onClick={() => update([...rows, { key: '', value: '' }])}
        >
          Add row
        </button>
        <label className="mapping-lookup-default">
          Default
          <input
            id={`${idPrefix}-default`}
            value={defaultText}
            placeholder="none: an unknown value is an error"
            onChange={(event) => update(rows, event.target.value)}
          />
        </label>
        <button type="button" className="action-button action-button-small action-button-danger" onClick={onRemove}>
          Remove lookup table
        </button>
      </div>
    </div>
  );
}

/** A new table starts with one empty row to type into. */
function initialRows(lookup: LookupTransform): LookupRow[] {
  const rows = lookupRows(lookup);
  return rows.length > 0 ? rows : [{ key: '', value: '' }];
}
