import { Link, useParams } from 'react-router-dom';
import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { ApiProblemError } from '../api/api-errors';
import { ErrorBanner } from '../components/error-banner';
import { FlowEditor } from '../features/flow-editor/flow-editor';
import { useFlowDraft } from '../features/flow-editor/use-flow-draft';

/** `/flows/:slug`: one flow's editor. Keyed by slug, so another flow starts with fresh state and history. */
export function FlowEditorPage() {
  const { slug = '' } = useParams();
  return <FlowEditorScreen key={slug} slug={slug} />;
}

function FlowEditorScreen({ slug }: { slug: string }) {
  const draft = useFlowDraft(slug);
  const { flowQuery, definition } = draft;

  if (flowQuery.error) {
    const notFound = flowQuery.error instanceof ApiProblemError && flowQuery.error.problem.status === 404;
    return (
      <div className="flow-editor-state">
        <p className="crumbs">
          <Link to="/">← Flows</Link>
        </p>
        {notFound ? (
          <>
            <h1>This flow does not exist</h1>
            <p className="muted">
              There is no flow <code>{slug}</code>; it may have been deleted or renamed.{' '}
              <Link to="/">Back to flows</Link>
            </p>
          </>
        ) : (
          <>
            <h1>The flow could not be loaded</h1>
            <ErrorBanner error={flowQuery.error} />
            <button type="button" className="action-button" onClick={() => void flowQuery.refetch()}>
              Try again
            </button>
          </>
        )}
      </div>
    );
  }

  if (!flowQuery.data || !definition) {
    return (
      <div className="flow-editor-state">
        <p className="muted" role="status">
          Loading the flow…
        </p>
      </div>
    );
  }

  return (
    <div className="flow-editor">
      <div className="flow-editor-head">
        <Link to="/" className="flow-editor-back" aria-label="Back to flows">
          ←
        </Link>
        <h1>{flowQuery.data.name}</h1>
        <code className="muted">{slug}</code>
        {flowQuery.data.publishedVersion !== null && (
          <span className="badge badge-success">v{flowQuery.data.publishedVersion} live</span>
        )}
      </div>
      <FlowEditor slug={slug} draft={draft} definition={definition as FlowDefinition} />
    </div>
  );
}
