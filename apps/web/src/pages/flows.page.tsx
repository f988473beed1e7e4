import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { exportFlow, type FlowListItem } from '../api/flows.api';
import '../components/action-button.css';
import { ErrorBanner } from '../components/error-banner';
import { useNow } from '../components/use-now';
import { DeleteFlowDialog } from '../features/flows/delete-flow-dialog';
import { duplicateFlow } from '../features/flows/duplicate-flow';
import { saveJsonFile } from '../features/flows/flow-file-download';
import { flowExportFileName } from '../features/flows/flow-summary';
import { FlowsTable } from '../features/flows/flows-table';
import { ImportFlowDialog } from '../features/flows/import-flow-dialog';
import { NewFlowDialog } from '../features/flows/new-flow-dialog';
import { useDebouncedValue } from '../features/flows/use-debounced-value';
import { useFlows } from '../features/flows/use-flows';
import '../features/flows/flows.css';

type OpenDialog = { kind: 'new' } | { kind: 'import' } | { kind: 'delete'; flow: FlowListItem } | null;

export function FlowsPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const searchText = searchParams.get('search') ?? '';
  const search = useDebouncedValue(searchText.trim(), 250);
  const flows = useFlows(search);
  const now = useNow(30_000);
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<ReactNode>(null);

  const rowAction = useMutation({
    mutationFn: async ({ kind, flow }: { kind: 'duplicate' | 'export'; flow: FlowListItem }) => {
      if (kind === 'export') {
        const fileName = flowExportFileName(flow.slug);
        saveJsonFile(fileName, await exportFlow(flow.slug));
        return (
          <>
            Exported the draft of {flow.name} as {fileName}.
          </>
        );
      }
      const copy = await duplicateFlow(flow.slug);
      await queryClient.invalidateQueries({ queryKey: ['flows'] });
      return (
        <>
          Created <Link to={`/flows/${encodeURIComponent(copy.slug)}`}>{copy.name}</Link> (<code>{copy.slug}</code>).
        </>
      );
    },
    onMutate: () => setNotice(null),
    onSuccess: (message) => setNotice(message),
  });

  const setSearch = (text: string) => {
    const next = new URLSearchParams(searchParams);
    if (text) next.set('search', text);
    else next.delete('search');
    setSearchParams(next, { replace: true });
  };

  const rows = flows.data?.data ?? [];
  const openNew = () => setDialog({ kind: 'new' });
  const openImport = () => setDialog({ kind: 'import' });

  return (
    <>
      <div className="page-head">
        <h1>Flows</h1>
        {flows.data && <span className="muted">{countLabel(rows.length, flows.data.has_more)}</span>}
        <div className="topbar-spacer" />
        <button type="button" className="action-button" onClick={openImport}>
          Import flow
        </button>
        <button type="button" className="action-button action-button-primary" onClick={openNew}>
          New flow
        </button>
      </div>
      <div className="flows-toolbar" role="search">
        <input
          type="search"
          className="flows-search"
          aria-label="Search flows"
          placeholder="Search flows by name or slug"
          maxLength={200}
          value={searchText}
          onChange={(event) => setSearch(event.target.value)}
        />
        {flows.isFetching && flows.data && <span className="muted">Searching…</span>}
      </div>
      <div aria-live="polite">{notice && <p className="flow-notice">{notice}</p>}</div>
      {rowAction.error && <ErrorBanner error={rowAction.error} />}
      {flows.error && <ErrorBanner error={flows.error} />}
      {flows.isPending && !flows.error && <p className="empty">Loading flows…</p>}
      {flows.data && rows.length === 0 && search === '' && (
        <div className="empty">
          <p>
            <strong>No flows yet.</strong> Create one and build it in the editor, or import a file exported from another
            Tributary.
          </p>
          <div className="flows-empty-actions">
            <button type="button" className="action-button action-button-primary" onClick={openNew}>
              New flow
            </button>
            <button type="button" className="action-button" onClick={openImport}>
              Import flow
            </button>
          </div>
        </div>
      )}
      {flows.data && rows.length === 0 && search !== '' && (
        <div className="empty">
          <p>No flow has “{search}” in its name or slug.</p>
          <button type="button" className="link-button" onClick={() => setSearch('')}>
            Clear the search
          </button>
        </div>
      )}
      {rows.length > 0 && (
        <FlowsTable
          flows={rows}
          now={now}
          busySlug={rowAction.isPending ? (rowAction.variables?.flow.slug ?? null) : null}
          onDuplicate={(flow) => rowAction.mutate({ kind: 'duplicate', flow })}
          onExport={(flow) => rowAction.mutate({ kind: 'export', flow })}
          onDelete={(flow) => setDialog({ kind: 'delete', flow })}
        />
      )}
      {flows.data?.has_more && (
        <p className="muted table-note">Showing the first {rows.length} flows; search to find the others.</p>
      )}
      {dialog?.kind === 'new' && <NewFlowDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'import' && <ImportFlowDialog onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && (
        <DeleteFlowDialog
          flow={dialog.flow}
          onClose={() => setDialog(null)}
          onDeleted={() => {
            setNotice(<>Deleted {dialog.flow.name}; its triggers are stopped.</>);
            setDialog(null);
          }}
        />
      )}
    </>
  );
}

function countLabel(count: number, hasMore: boolean): string {
  if (hasMore) return `first ${count} flows`;
  return count === 1 ? '1 flow' : `${count} flows`;
}
