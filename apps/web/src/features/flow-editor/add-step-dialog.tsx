import { useMemo, useState, type FormEvent } from 'react';
import { ModalDialog } from '../../components/modal-dialog';
import { ErrorBanner } from '../../components/error-banner';
import { filterPalette, type PaletteEntry } from './step-palette';
import type { StepCatalog } from './use-step-catalog';
import './flow-editor.css';

interface AddStepDialogProps {
  catalog: StepCatalog;
  onPick(entry: PaletteEntry): void;
  onClose(): void;
}

/** The "Add a step" palette: connector actions and built-in kinds, searchable; Enter takes the first match. */
export function AddStepDialog({ catalog, onPick, onClose }: AddStepDialogProps) {
  const [search, setSearch] = useState('');
  const matches = useMemo(() => filterPalette(catalog.entries, search), [catalog.entries, search]);
  const actions = matches.filter((entry) => entry.type === 'action');
  const builtIns = matches.filter((entry) => entry.type === 'builtIn');

  const pickFirst = (event: FormEvent) => {
    event.preventDefault();
    if (matches[0]) onPick(matches[0]);
  };

  return (
    <ModalDialog title="Add a step" onClose={onClose} wide>
      <form role="search" onSubmit={pickFirst} className="palette-search">
        <input
          type="search"
          aria-label="Search steps"
          placeholder="Search actions and step kinds"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </form>
      {catalog.error !== null && <ErrorBanner error={catalog.error} />}
      <div className="palette-results">
        <section aria-label="Connector actions">
          <h3 className="palette-group">Connector actions</h3>
          {catalog.isLoading && <p className="muted">Loading connectors…</p>}
          {!catalog.isLoading && actions.length === 0 && (
            <p className="muted">
              {search
                ? 'No connector action matches; try another word.'
                : 'No connector is loaded in this environment.'}
            </p>
          )}
          <ul className="palette-list">
            {actions.map((entry) => (
              <PaletteButton key={entry.key} entry={entry} onPick={onPick} />
            ))}
          </ul>
        </section>
        <section aria-label="Built-in steps">
          <h3 className="palette-group">Built-in steps</h3>
          {builtIns.length === 0 && <p className="muted">No built-in step matches.</p>}
          <ul className="palette-list">
            {builtIns.map((entry) => (
              <PaletteButton key={entry.key} entry={entry} onPick={onPick} />
            ))}
          </ul>
        </section>
      </div>
    </ModalDialog>
  );
}

function PaletteButton({ entry, onPick }: { entry: PaletteEntry; onPick(entry: PaletteEntry): void }) {
  return (
    <li>
      <button type="button" className="palette-entry" onClick={() => onPick(entry)}>
        <span className="palette-entry-title">{entry.title}</span>
        {entry.description && <span className="palette-entry-description">{entry.description}</span>}
      </button>
    </li>
  );
}
