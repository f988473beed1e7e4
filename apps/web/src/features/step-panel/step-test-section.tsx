import { useMutation } from '@tanstack/react-query';
import type { FlowDefinition, FlowStep } from '@tributary/workflows/flow-definition';
import { useState } from 'react';
import type { ApiSchema } from '../../api/api-client';
import { testFlowStep, type StepTestResult } from '../../api/step-tests.api';
import { ErrorBanner } from '../../components/error-banner';
import { formatDuration } from '../../components/format-time';
import { JsonBlock } from '../../components/json-block';
import { StatusBadge } from '../../components/status-badge';
import type { SampleScope } from '../expressions/sample-scope';
import { findJsonSyntaxError } from '../field-mapping/json-syntax-error';
import { stepTestScope } from './step-test-scope';

interface StepTestSectionProps {
  idPrefix: string;
  flowSlug: string;
  definition: FlowDefinition;
  step: FlowStep;
  sample: SampleScope;
}

/**
 * "Test this step": runs just this action or map step once, for real, with
 * the last test run's data as its scope, and shows what it was given and
 * what it gave. For an action the input can be edited for one test.
 */
export function StepTestSection({ idPrefix, flowSlug, definition, step, sample }: StepTestSectionProps) {
  const [editInput, setEditInput] = useState(false);
  const [inputText, setInputText] = useState('');
  const test = useMutation({
    mutationFn: (input: Record<string, unknown> | undefined) =>
      testFlowStep(
        flowSlug,
        step.id,
        { definition, scope: stepTestScope(sample), ...(input ? { input } : {}) },
        crypto.randomUUID(),
      ),
  });
  const result = test.data?.stepId === step.id ? test.data : undefined;
  const inputProblem = editInput ? objectTextProblem(inputText) : undefined;

  const toggleEdit = (on: boolean) => {
    setEditInput(on);
    if (on) setInputText(JSON.stringify(result?.input ?? (step.kind === 'action' ? step.input : {}), null, 2));
  };

  return (
    <section aria-label="Single-step test">
      <h3>Single-step test</h3>
      <p className="panel-hint">
        Runs only this step, once (no retries) and for real, on the data of the last test run
        {sample.trigger === undefined ? ' (none yet: run a test of the flow first for real data)' : ''}.
      </p>
      {step.kind === 'action' && (
        <div className="panel-field">
          <label>
            <input type="checkbox" checked={editInput} onChange={(event) => toggleEdit(event.target.checked)} /> Edit
            input for this test
          </label>
        </div>
      )}
      {editInput && (
        <div className="panel-field" data-invalid={inputProblem ? true : undefined}>
          <label htmlFor={`${idPrefix}-test-input`}>Test input (JSON)</label>
          <textarea
            id={`${idPrefix}-test-input`}
            rows={6}
            spellCheck={false}
            value={inputText}
            aria-invalid={inputProblem ? true : undefined}
            aria-describedby={`${idPrefix}-test-input-note`}
            onChange={(event) => setInputText(event.target.value)}
          />
          <p className={inputProblem ? 'panel-error' : 'panel-hint'} id={`${idPrefix}-test-input-note`}>
            {inputProblem ?? 'Replaces the step input for this test only; "=" strings are still expressions.'}
          </p>
        </div>
      )}
      <div className="panel-actions">
        <button
          type="button"
          className="action-button"
          disabled={test.isPending || inputProblem !== undefined}
          onClick={() => test.mutate(editInput ? (JSON.parse(inputText) as Record<string, unknown>) : undefined)}
        >
          {test.isPending ? 'Testing…' : 'Test this step'}
        </button>
      </div>
      <section aria-label="Step test result" className="panel-result" aria-busy={test.isPending}>
        {test.isPending && <p className="panel-hint">Running {step.id}…</p>}
        {test.error && <ErrorBanner error={test.error} />}
        {result && <StepTestOutcome result={result} />}
        {!test.isPending && !test.error && !result && <p className="panel-hint">Not tested yet.</p>}
      </section>
    </section>
  );
}

function StepTestOutcome({ result }: { result: StepTestResult }) {
  return (
    <>
      <p className="panel-facts">
        <StatusBadge status={result.status} />
        <span>{formatDuration(result.durationMs)}</span>
        <span>{result.attempts === 1 ? '1 attempt' : `${result.attempts} attempts`}</span>
      </p>
      <h4>Input</h4>
      <JsonBlock value={result.input} label="Step test input" />
      <h4>Output</h4>
      <JsonBlock value={result.output} label="Step test output" />
      <h4>Error</h4>
      {result.error ? (
        <p className="panel-error">
          <code>{result.error.code}</code> {result.error.message}
        </p>
      ) : (
        <p className="panel-hint">No error.</p>
      )}
    </>
  );
}

/** This step in the last full test run of the flow. */
export function LastTestRunResult({ result }: { result: ApiSchema<'StepProgress'> }) {
  return (
    <section aria-label="Last test run" className="panel-result">
      <h3>In the last test run</h3>
      <p className="panel-facts">
        <StatusBadge status={result.status} />
        {result.durationMs !== undefined && <span>{formatDuration(result.durationMs)}</span>}
        <span>{result.attempts === 1 ? '1 attempt' : `${result.attempts} attempts`}</span>
        {result.iterations && (
          <span>
            {result.iterations.succeeded}/{result.iterations.total} items
          </span>
        )}
      </p>
      {result.output !== undefined && <JsonBlock value={result.output} label="Output in the last test run" />}
      {result.error && (
        <p className="panel-error">
          <code>{result.error.code}</code> {result.error.message}
        </p>
      )}
    </section>
  );
}

function objectTextProblem(text: string): string | undefined {
  const syntax = findJsonSyntaxError(text);
  if (syntax) return `Not valid JSON at line ${syntax.line}, column ${syntax.column}: ${syntax.message}`;
  const value = JSON.parse(text) as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'The input is a JSON object.';
  return undefined;
}
