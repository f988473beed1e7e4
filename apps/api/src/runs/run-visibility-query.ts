import { RUN_FLOW_WORKFLOW, SEARCH_ATTRIBUTES } from '@tributary/workflows/run-flow.contract';
import type { RunStatus } from './run-status';

/** The filters of `GET /v1/runs` once the flow is known by slug. */
export interface RunVisibilityFilter {
  flowSlug?: string;
  version?: number;
  status?: RunStatus;
  trigger?: string;
  startedAfter?: Date;
  startedBefore?: Date;
}

/** Temporal's ExecutionStatus values, as its visibility query language spells them. */
const EXECUTION_STATUS: Record<RunStatus, string> = {
  running: 'Running',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Canceled',
  terminated: 'Terminated',
  timed_out: 'TimedOut',
};

/**
 * A Temporal visibility (list filter) query for runFlow executions matching
 * `filter`. Every value is a quoted, escaped literal, so user input can never
 * change the shape of the query. Temporal's SQL visibility orders open runs first, then by close time, newest first.
 *
 * @example visibilityQuery({ flowSlug: 'orders', status: 'failed' })
 *   // WorkflowType = "runFlow" AND TributaryFlow = "orders" AND ExecutionStatus = "Failed"
 */
export function visibilityQuery(filter: RunVisibilityFilter): string {
  const clauses = [`WorkflowType = ${quote(RUN_FLOW_WORKFLOW)}`];
  if (filter.flowSlug !== undefined) clauses.push(`${SEARCH_ATTRIBUTES.flow} = ${quote(filter.flowSlug)}`);
  if (filter.version !== undefined) clauses.push(`${SEARCH_ATTRIBUTES.flowVersion} = ${integer(filter.version)}`);
  if (filter.status !== undefined) clauses.push(`ExecutionStatus = ${quote(EXECUTION_STATUS[filter.status])}`);
  if (filter.trigger !== undefined) clauses.push(`${SEARCH_ATTRIBUTES.trigger} = ${quote(filter.trigger)}`);
  if (filter.startedAfter) clauses.push(`StartTime >= ${quote(filter.startedAfter.toISOString())}`);
  if (filter.startedBefore) clauses.push(`StartTime < ${quote(filter.startedBefore.toISOString())}`);
  return clauses.join(' AND ');
}

/** A double-quoted string literal; backslashes and quotes escaped as Temporal's SQL-like parser reads them. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function integer(value: number): string {
  if (!Number.isSafeInteger(value)) throw new RangeError(`not an integer: ${value}`);
  return String(value);
}
