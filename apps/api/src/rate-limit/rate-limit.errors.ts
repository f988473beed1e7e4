import { ApiProblem } from '../problem/api-problem';

export class RateLimitExceededError extends ApiProblem {
  constructor(policy: string, retryAfterMs: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    super({
      status: 429,
      code: 'rate_limited',
      title: 'Too many requests',
      detail: `The "${policy}" rate limit is exhausted; retry in ${seconds} s.`,
      extensions: { policy },
      headers: { 'Retry-After': String(seconds) },
    });
  }
}
