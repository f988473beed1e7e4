import type { WorkflowExecutionStatusName } from '@temporalio/client';

export const RUN_STATUSES = ['running', 'completed', 'failed', 'cancelled', 'terminated', 'timed_out'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/** The run status for a Temporal execution status; undefined when Temporal does not know either. */
export function runStatusFromTemporal(status: WorkflowExecutionStatusName): RunStatus | undefined {
  return STATUS_BY_TEMPORAL[status];
}

const STATUS_BY_TEMPORAL: Record<WorkflowExecutionStatusName, RunStatus | undefined> = {
  RUNNING: 'running',
  // paused and continued-as-new executions are not over yet
  PAUSED: 'running',
  CONTINUED_AS_NEW: 'running',
  COMPLETED: 'completed',
  FAILED: 'failed',
  CANCELLED: 'cancelled',
  TERMINATED: 'terminated',
  TIMED_OUT: 'timed_out',
  UNSPECIFIED: undefined,
  UNKNOWN: undefined,
};

/** A status read back from the `Run` index; anything unexpected counts as still running. */
export function asRunStatus(value: string): RunStatus {
  return (RUN_STATUSES as readonly string[]).includes(value) ? (value as RunStatus) : 'running';
}
