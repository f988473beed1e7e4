import type { StepError } from '@tributary/workflows/run-flow.contract';
import { ApiProblem } from '../problem/api-problem';

export class RunStartFailedError extends ApiProblem {
  constructor(reason: string) {
    super({
      status: 502,
      code: 'run_start_failed',
      title: 'Run could not be started',
      detail: `Temporal refused to start the run: ${reason}`,
    });
  }
}

export class MappingVersionNotFoundError extends ApiProblem {
  constructor(path: string, mapping: { id: string; version: number }) {
    super({
      status: 422,
      code: 'mapping_version_not_found',
      title: 'Referenced mapping version not found',
      detail: `${path} refers to mapping ${mapping.id} version ${mapping.version}, which does not exist.`,
      extensions: { path, mappingId: mapping.id, version: mapping.version },
    });
  }
}

export class BusinessKeyInvalidError extends ApiProblem {
  constructor(reason: string) {
    super({
      status: 422,
      code: 'business_key_invalid',
      title: 'Business key could not be computed',
      detail: `The trigger's business key ${reason}.`,
    });
  }
}

export class DuplicateRunError extends ApiProblem {
  constructor(runId: string, businessKey: string) {
    super({
      status: 409,
      code: 'duplicate_run',
      title: 'Duplicate business key',
      detail: `Run ${runId} already exists for business key "${businessKey}".`,
      extensions: { runId, businessKey },
    });
  }
}

export class RunNotRunningError extends ApiProblem {
  constructor(runId: string, status: string) {
    super({
      status: 409,
      code: 'run_not_running',
      title: 'Run is not running',
      detail: `Run ${runId} is ${status}; it no longer accepts events, decisions or cancellation.`,
      extensions: { runId, status },
    });
  }
}

/** The workflow's update validator refused: e.g. no approval is waiting. */
export class RunUpdateRejectedError extends ApiProblem {
  constructor(code: 'approval_not_waiting' | 'event_rejected', reason: string) {
    super({
      status: 409,
      code,
      title: code === 'approval_not_waiting' ? 'No approval waiting' : 'Event rejected',
      detail: reason,
    });
  }
}

export class RunStillRunningError extends ApiProblem {
  constructor(runId: string) {
    super({
      status: 409,
      code: 'run_still_running',
      title: 'Run is still running',
      detail: `Run ${runId} has not finished; cancel it or wait before restarting it.`,
      extensions: { runId },
    });
  }
}

export class RestartStepInvalidError extends ApiProblem {
  constructor(stepId: string | undefined, reason: string) {
    super({
      status: 422,
      code: 'restart_step_invalid',
      title: 'Cannot restart from this step',
      detail: reason,
      ...(stepId ? { extensions: { stepId } } : {}),
    });
  }
}

export class RunHistoryUnavailableError extends ApiProblem {
  constructor(runId: string, what: string) {
    super({
      status: 409,
      code: 'run_history_unavailable',
      title: 'Run history unavailable',
      detail: `The ${what} of run ${runId} cannot be read from Temporal (no worker answered, or the history expired).`,
      extensions: { runId },
    });
  }
}

/** A synchronous webhook's run ended without success. */
export class RunEndedUnsuccessfullyError extends ApiProblem {
  constructor(runId: string, status: string, error: StepError | undefined) {
    super({
      status: 502,
      code: status === 'cancelled' ? 'run_cancelled' : 'run_failed',
      title: status === 'cancelled' ? 'Run cancelled' : 'Run failed',
      detail: error ? `${error.code}: ${error.message}` : `The run ended ${status}.`,
      extensions: { runId, ...(error ? { error } : {}) },
    });
  }
}

/** "Test this step" runs action and map steps; the other kinds only make sense inside a run. */
export class StepNotTestableError extends ApiProblem {
  constructor(stepId: string, reason: string, kind?: string) {
    super({
      status: 422,
      code: 'step_not_testable',
      title: 'This step cannot be tested alone',
      detail: reason,
      extensions: { stepId, ...(kind === undefined ? {} : { kind }) },
    });
  }
}

/** No worker answered "Test this step" in time: none is running on the task queue, or all are busy. */
export class StepTestTimeoutError extends ApiProblem {
  constructor(timeoutMs: number, taskQueue: string) {
    super({
      status: 504,
      code: 'step_test_timeout',
      title: 'Step test timed out',
      detail:
        `No worker finished the step test within ${timeoutMs} ms. Check that a worker polls the ` +
        `task queue "${taskQueue}".`,
      extensions: { timeoutMs, taskQueue },
    });
  }
}
