import type { ActionStep, FlowStep, MapStep } from './definition/flow-steps';
import type { ExpressionScope } from './expressions/expression-value';
import type { FieldMappingDefinition } from './mappings/field-mapping';
import type { StepError } from './run-flow.contract';

/**
 * The contract between the editor's "Test this step" (the API) and the
 * `testStep` workflow: one action or map step of a draft, run once with the
 * data the analyst gives, outside any run. The API cannot run connector code,
 * so a worker does, through the same `runAction` activity a run uses. Pure
 * types and constants: the workflow sandbox imports it too.
 */

export const TEST_STEP_WORKFLOW = 'testStep';

/** Kinds whose whole effect is one connector call or pure data; blocks and waits only make sense inside a run. */
export const TESTABLE_STEP_KINDS = ['action', 'map'] as const;
export type TestableStepKind = (typeof TESTABLE_STEP_KINDS)[number];
export type TestableStep = ActionStep | MapStep;

export function isTestableStep(step: FlowStep): step is TestableStep {
  return (TESTABLE_STEP_KINDS as readonly string[]).includes(step.kind);
}

export interface TestStepInput {
  /** the step as it would run, an action's `input` already replaced by the one the analyst edited */
  step: TestableStep;
  /** the draft's flow: `$run.flow` is its slug, `$run.version` null, `$run.id` the test's workflow id */
  flow: { id: string; slug: string };
  /** what the step's expressions see as `$trigger`, `$steps`, `$vars` (and `$item`/`$index` in a loop body) */
  scope: StepTestScope;
  /** the definition's `vars` template, evaluated into `$vars` as a run does; absent when the analyst gave `vars` */
  varsTemplate?: Record<string, unknown>;
  /** stored mappings a map step pins, keyed by mappingKey(id, version); resolved by the API */
  mappings: Record<string, FieldMappingDefinition>;
  /** handed to the connector; the same for retries of one request, so a connector that deduplicates acts once */
  idempotencyKey: string;
  /** the longest an action may take: the API stops waiting shortly after (see STEP_TEST_ANSWER_MARGIN_MS) */
  timeoutMs: number;
}

export type StepTestScope = Pick<ExpressionScope, 'trigger' | 'steps' | 'vars' | 'item' | 'index'>;

/** What the test found; `input`, `output` and `error` are not yet redacted (the API redacts before answering). */
export interface StepTestOutcome {
  stepId: string;
  kind: TestableStepKind;
  status: 'succeeded' | 'failed';
  /** an action's input with its expressions evaluated; a map step's source record (none for inline rules) */
  input?: unknown;
  output?: unknown;
  /** an expression error's `details` name the field (`{ path: "input.sku", expression }`) */
  error?: StepError;
  /** connector calls: 1 (never retried), or 0 when the input or `$vars` could not be resolved; 1 for a map step */
  attempts: number;
}

/** The API waits this much longer than an action may take, so a slow action is answered as a failed test, not a 504. */
export const STEP_TEST_ANSWER_MARGIN_MS = 2_000;
