import { isGrpcDeadlineError, isGrpcServiceError } from '@temporalio/client';
import { ApiProblem } from '../problem/api-problem';

const GRPC_UNAVAILABLE = 14;

export class TemporalUnavailableError extends ApiProblem {
  constructor() {
    super({
      status: 503,
      code: 'temporal_unavailable',
      title: 'Service unavailable',
      detail: 'The Temporal server cannot be reached right now; retry shortly.',
    });
  }
}

/** True when Temporal did not answer (down, unreachable, or past our deadline). */
export function isTemporalUnreachable(error: unknown): boolean {
  if (isGrpcDeadlineError(error)) return true;
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    if (isGrpcServiceError(current) && current.code === GRPC_UNAVAILABLE) return true;
  }
  return false;
}

/** A deadline for one Temporal call, so a request never waits on gRPC retries forever. */
export function deadlineIn(ms: number): number {
  return Date.now() + ms;
}
