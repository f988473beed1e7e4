import { HttpProblem } from '../simulator-kit/http-problem';

export interface SimulatedFault {
  /** HTTP status the next calls answer, e.g. 429 or 503 */
  status: number;
  /** how many API calls answer with it before the CMMS recovers */
  times: number;
  /** sent as the `Retry-After` header */
  retryAfterSeconds?: number;
}

/** Makes the next N API calls fail the way an overloaded SaaS does, to exercise retries. */
export class FaultInjector {
  private fault: { status: number; remaining: number; retryAfterSeconds?: number } | null = null;

  set(fault: SimulatedFault | null): void {
    if (fault === null) {
      this.fault = null;
      return;
    }
    if (!Number.isInteger(fault.status) || fault.status < 400 || fault.status > 599) {
      throw new TypeError('setFault: status must be an HTTP error status (400–599)');
    }
    if (!Number.isInteger(fault.times) || fault.times < 1) throw new TypeError('setFault: times must be ≥ 1');
    if (
      fault.retryAfterSeconds !== undefined &&
      !(Number.isInteger(fault.retryAfterSeconds) && fault.retryAfterSeconds >= 0)
    ) {
      throw new TypeError('setFault: retryAfterSeconds must be a whole number ≥ 0');
    }
    this.fault = { status: fault.status, remaining: fault.times, retryAfterSeconds: fault.retryAfterSeconds };
  }

  /** Throws the simulated failure while one is armed, counting it down. */
  consume(): void {
    const fault = this.fault;
    if (!fault) return;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.fault = null;
    const headers: Record<string, string> =
      fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
    throw new HttpProblem(fault.status, ...describe(fault.status, fault.retryAfterSeconds), undefined, headers);
  }
}

function describe(status: number, retryAfterSeconds?: number): [code: string, message: string] {
  const after = retryAfterSeconds === undefined ? '' : `; retry after ${retryAfterSeconds} s`;
  if (status === 429) return ['rate_limited', `Too many requests${after}`];
  if (status === 503) return ['service_unavailable', `The CMMS is temporarily unavailable${after}`];
  return ['simulated_fault', `Simulated HTTP ${status}${after}`];
}
