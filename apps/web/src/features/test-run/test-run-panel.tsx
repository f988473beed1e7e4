import type { FlowDefinition } from '@tributary/workflows/flow-definition';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ErrorBanner } from '../../components/error-banner';
import { durationBetween, formatDuration } from '../../components/format-time';
import { StatusBadge } from '../../components/status-badge';
import { useNow } from '../../components/use-now';
import { isRunOpen, type StepProgress } from '../runs/run-progress';
import { examplePayload, parsePayloadText, payloadText } from './test-payload';
import { browserStorage, rememberedTestPayload, rememberTestPayload } from './test-payload-memory';
import { TestRunStepItem } from './test-run-step-item';
import type { TestRunState } from './use-test-run';
import '../../components/action-button.css';
import '../step-panel/side-panel.css';
import './test-run.css';

export interface TestRunPanelProps {
  flowSlug: string;
  definition: FlowDefinition;
  testRun: TestRunState;
  onSelectStep(id: string): void;
}

/**
 * "Test workflow": the trigger data to start with, a button that runs the
 * draft as it is now (unsaved edits included), and the run's steps as they
 * happen, each with what it got, gave and how it failed.
 */
export function TestRunPanel({ flowSlug, definition, testRun, onSelectStep }: TestRunPanelProps) {
  const ids = useId();
  const [text, setText] = useState(() => initialPayloadText(flowSlug, testRun.payload, definition));
  const [expanded, setExpanded] = useState<string | null>(null);
  const parsed = useMemo(() => parsePayloadText(text), [text]);
  const { run, isStarting, error } = testRun;

  const runTest = () => {
    if (!parsed.ok) return;
    rememberTestPayload(browserStorage(), flowSlug, text);
    setExpanded(null);
    void testRun.start({ payload: parsed.payload, definition });
  };

  const selectStep = (id: string) => {
    setExpanded((current) => (current === id ? null : id));
    onSelectStep(id);
  };

  return (
    <aside className="side-panel test-run-panel" aria-label="Test run">
      <div className="side-panel-head">
        <div>
          <h2>Test run</h2>
          <p className="side-panel-sub">Runs the draft as it is now, unsaved changes included, as a real run.</p>
        </div>
      </div>

      <div className="panel-field" data-invalid={!parsed.ok}>
        <label htmlFor={`${ids}-payload`}>Test payload (JSON)</label>
        <textarea
          id={`${ids}-payload`}
          rows={8}
          spellCheck={false}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={!parsed.ok}
          aria-describedby={`${ids}-payload-note`}
        />
        {parsed.ok ? (
          <p className="panel-hint" id={`${ids}-payload-note`}>
            {payloadHint(definition)}
          </p>
        ) : (
          <p className="panel-error" id={`${ids}-payload-note`} role="alert">
            {parsed.message}
          </p>
        )}
      </div>
      <div className="panel-actions">
        <button
          type="button"
          className="action-button action-button-primary"
          onClick={runTest}
          disabled={!parsed.ok || isStarting}
          aria-busy={isStarting}
        >
          Run test
        </button>
        <button
          type="button"
          className="action-button"
          onClick={() => setText(payloadText(examplePayload(definition.trigger)))}
        >
          Use example payload
        </button>
      </div>

      {error && <ErrorBanner error={error} />}

      <section aria-label="Test run result">
        <RunStatusLine testRun={testRun} />
        {run && (
          <div className="test-run-links">
            <Link to={`/runs/${run.id}`}>Run details</Link>
            {run.links.temporalUi && (
              <a href={run.links.temporalUi} target="_blank" rel="noreferrer">
                Open in Temporal UI
              </a>
            )}
          </div>
        )}
        {run?.error && (
          <p className="panel-error">
            <code>{run.error.code}</code> {run.error.message}
            {run.error.stepId ? ` (step ${run.error.stepId})` : ''}
          </p>
        )}
        {run && run.steps.length === 0 && (
          <p className="panel-hint">{isRunOpen(run) ? 'Waiting for the first step…' : 'No step ran.'}</p>
        )}
        {run && run.steps.length > 0 && (
          <ol className="test-run-steps" aria-label="Test run steps">
            {run.steps.map((step) => (
              <TestRunStepItem
                key={step.id}
                step={step}
                depth={depthOf(step, run.steps)}
                expanded={expanded === step.id}
                onToggle={() => selectStep(step.id)}
                run={run}
                payload={testRun.payload}
                definition={definition}
              />
            ))}
          </ol>
        )}
      </section>
    </aside>
  );
}

function RunStatusLine({ testRun }: { testRun: TestRunState }) {
  const { run, isRunning } = testRun;
  const now = useNow(1_000);
  let text: ReactNode;
  if (!run) text = isRunning ? 'Starting the test run…' : 'No test run yet: check the payload and choose Run test.';
  else {
    const duration = durationBetween(run.startedAt, run.closedAt, now);
    text = (
      <>
        Run <code>{run.id}</code> <StatusBadge status={run.status} />
        {duration !== undefined && ` ${formatDuration(duration)}`}
      </>
    );
  }
  return (
    <p role="status" className="test-run-status">
      {text}
    </p>
  );
}

function initialPayloadText(flowSlug: string, lastPayload: unknown, definition: FlowDefinition): string {
  const remembered = rememberedTestPayload(browserStorage(), flowSlug);
  if (remembered !== null) return remembered;
  if (lastPayload !== undefined) return payloadText(lastPayload);
  return payloadText(examplePayload(definition.trigger));
}

function payloadHint(definition: FlowDefinition): string {
  switch (definition.trigger.kind) {
    case 'webhook':
      return 'The run sees this as $trigger: a webhook gives { body, headers, query } (header names in lower case).';
    case 'schedule':
      return 'The run sees this as $trigger: a schedule gives { scheduledAt, payload }.';
    case 'poll':
    case 'subscription':
      return "The run sees this as $trigger: give an event as the connector's trigger emits it.";
    case 'manual':
      return 'The run sees this as $trigger, as when the flow is started by hand with this JSON.';
  }
}

/** How deep a step sits, from its chain of enclosing steps. */
function depthOf(step: StepProgress, steps: readonly StepProgress[]): number {
  let depth = 0;
  let parentId = step.parentId;
  const seen = new Set<string>();
  while (parentId && !seen.has(parentId) && depth < 20) {
    seen.add(parentId);
    depth += 1;
    parentId = steps.find((candidate) => candidate.id === parentId)?.parentId;
  }
  return depth;
}
