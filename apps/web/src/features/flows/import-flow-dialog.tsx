import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { importFlow, type FlowImportRequest, type FlowImportResult } from '../../api/flows.api';
import { ErrorBanner } from '../../components/error-banner';
import { ModalDialog } from '../../components/modal-dialog';
import { readFlowImportFile } from './flow-import-file';
import { problemCode } from './flow-problems';
import './flows.css';

/**
 * "Import flow": an exported `*.flow.json` file becomes a new flow's draft
 * (never published here). A taken slug is shown with the choice to replace
 * that flow's draft; missing connections are listed after the import.
 */
export function ImportFlowDialog({ onClose }: { onClose(): void }) {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);

  const run = useMutation({
    mutationFn: (document: FlowImportRequest) => importFlow(document, crypto.randomUUID()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['flows'] }),
  });
  const slugTaken = problemCode(run.error) === 'flow_slug_taken';
  const result = run.data ?? null;

  const start = async (overwrite: boolean) => {
    setFileProblem(null);
    if (!file) {
      setFileProblem('Choose a flow file (.json) exported from Tributary.');
      return;
    }
    const reading = readFlowImportFile(await file.text(), { overwrite });
    if (reading.ok) run.mutate(reading.document);
    else setFileProblem(reading.problem);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void start(false);
  };

  if (result) return <ImportedFlow result={result} onClose={onClose} />;

  return (
    <ModalDialog title="Import flow" onClose={onClose}>
      <form className="flow-form" onSubmit={submit} noValidate>
        <div className="flow-field">
          <label htmlFor="import-flow-file">Flow file (.json)</label>
          <input
            id="import-flow-file"
            type="file"
            accept=".json,application/json"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileProblem(null);
              run.reset();
            }}
            aria-invalid={fileProblem !== null}
            aria-describedby={fileProblem ? 'import-flow-file-problem' : 'import-flow-file-hint'}
          />
          {fileProblem ? (
            <p id="import-flow-file-problem" className="flow-field-problem" role="alert">
              {fileProblem}
            </p>
          ) : (
            <p id="import-flow-file-hint" className="flow-field-hint">
              A file saved with Export. It becomes the draft of a new flow; publish it from the editor.
            </p>
          )}
        </div>
        {run.error && <ErrorBanner error={run.error} />}
        <div className="modal-dialog-actions flow-form-actions">
          <button type="button" className="action-button" onClick={onClose}>
            Cancel
          </button>
          {slugTaken ? (
            <button
              type="button"
              className="action-button action-button-danger"
              disabled={run.isPending}
              onClick={() => void start(true)}
            >
              Replace the existing draft
            </button>
          ) : (
            <button type="submit" className="action-button action-button-primary" disabled={run.isPending}>
              {run.isPending ? 'Importing…' : 'Import'}
            </button>
          )}
        </div>
      </form>
    </ModalDialog>
  );
}

function ImportedFlow({ result, onClose }: { result: FlowImportResult; onClose(): void }) {
  const { flow, created, missingConnections } = result;
  return (
    <ModalDialog
      title="Import flow"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="action-button" onClick={onClose}>
            Close
          </button>
          <Link className="action-button action-button-primary" to={`/flows/${encodeURIComponent(flow.slug)}`}>
            Open {flow.name}
          </Link>
        </>
      }
    >
      <p role="status">
        {created ? 'Imported' : 'Replaced the draft of'} <strong>{flow.name}</strong> (<code>{flow.slug}</code>).
      </p>
      {missingConnections.length > 0 && (
        <div className="banner banner-offline" role="note">
          <strong className="banner-title">Connections missing here</strong>
          <p>
            Create these connections before publishing; steps that use them fail until then:{' '}
            {missingConnections.map((name, index) => (
              <span key={name}>
                {index > 0 && ', '}
                <code>{name}</code>
              </span>
            ))}
            . <Link to="/connections">Go to connections</Link>
          </p>
        </div>
      )}
    </ModalDialog>
  );
}
