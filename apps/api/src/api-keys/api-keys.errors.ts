import { ApiProblem } from '../problem/api-problem';

/** A key may only pass on scopes its creator holds. */
export class ScopeEscalationError extends ApiProblem {
  constructor(scopes: string[]) {
    super({
      status: 403,
      code: 'scope_escalation',
      title: 'Cannot grant scopes you do not hold',
      detail: `The new key would get ${scopes.map((scope) => `"${scope}"`).join(', ')}, which the caller does not hold.`,
      extensions: { scopes },
    });
  }
}
