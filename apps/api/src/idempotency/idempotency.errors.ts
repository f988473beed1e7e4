import { ApiProblem } from '../problem/api-problem';

export class InvalidIdempotencyKeyError extends ApiProblem {
  constructor(length: number) {
    super({
      status: 400,
      code: 'invalid_idempotency_key',
      title: 'Invalid Idempotency-Key',
      detail: `Idempotency-Key must be 1 to 255 characters; this one has ${length}.`,
      extensions: { errors: [{ path: 'headers.idempotency-key', message: 'must be 1 to 255 characters' }] },
    });
  }
}

/** The key was used before for a different request (Stripe answers the same way). */
export class IdempotencyKeyReusedError extends ApiProblem {
  constructor(what: 'body' | 'endpoint') {
    super({
      status: 422,
      code: 'idempotency_key_reused',
      title: 'Idempotency-Key reused',
      detail:
        what === 'body'
          ? 'This Idempotency-Key was used with a different request body; use a new key for a new request.'
          : 'This Idempotency-Key was used with a different endpoint; use a new key for a new request.',
    });
  }
}

export class IdempotentRequestInProgressError extends ApiProblem {
  constructor() {
    super({
      status: 409,
      code: 'idempotent_request_in_progress',
      title: 'Request in progress',
      detail: 'A request with this Idempotency-Key is still being processed; retry later to get its result.',
      headers: { 'Retry-After': '1' },
    });
  }
}
