import { ApiProblem } from '../problem/api-problem';

export class SetupAlreadyDoneError extends ApiProblem {
  constructor() {
    super({
      status: 409,
      code: 'setup_already_done',
      title: 'Setup already done',
      detail: 'A user exists already; sign in instead.',
    });
  }
}

/** Wrong e-mail or wrong password: deliberately the same answer for both. */
export class InvalidLoginError extends ApiProblem {
  constructor() {
    super({
      status: 401,
      code: 'invalid_login',
      title: 'Invalid e-mail or password',
      detail: 'The e-mail and password do not match a user.',
    });
  }
}

export class NoSessionError extends ApiProblem {
  constructor() {
    super({
      status: 404,
      code: 'no_session',
      title: 'No session',
      detail: 'This request is authenticated by an API key, not a session cookie.',
    });
  }
}
