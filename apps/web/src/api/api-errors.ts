import type { Problem } from './problem';

/** The API answered with an error (RFC 9457 problem document). */
export class ApiProblemError extends Error {
  readonly code = 'api_problem';
  constructor(readonly problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
    this.name = 'ApiProblemError';
  }
}

/** No answer from the API: it is down, or the proxy in front of it cannot reach it. */
export class ApiUnreachableError extends Error {
  readonly code = 'api_unreachable';
  constructor(readonly path: string) {
    super(`The Tributary API did not answer a request to ${path}.`);
    this.name = 'ApiUnreachableError';
  }
}

/** The API answered 2xx with a body this UI does not understand (client and server out of step). */
export class ApiContractError extends Error {
  readonly code = 'api_contract_mismatch';
  constructor(
    readonly path: string,
    readonly issues: string[],
  ) {
    super(`Unexpected response from ${path}: ${issues.join('; ')}`);
    this.name = 'ApiContractError';
  }
}
