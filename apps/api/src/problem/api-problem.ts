/** Base URI of our problem types; each `code` is documented at `<base><code>`. */
export const PROBLEM_TYPE_BASE = 'https://tributary.dev/problems/';

export interface ApiProblemInit {
  status: number;
  /** stable, machine-readable; clients branch on it, so never rename one */
  code: string;
  title: string;
  detail?: string;
  /** extra members of the problem document, e.g. `errors` */
  extensions?: Record<string, unknown>;
  /** response headers the answer needs, e.g. `WWW-Authenticate` on a 401 or `Retry-After` on a 429 */
  headers?: Record<string, string>;
}

/**
 * A domain error the API answers with an RFC 9457 problem document. Modules
 * subclass it per failure (`FlowSlugTakenError`, …); the global problem filter
 * is the only place that turns it into a response.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(init: ApiProblemInit) {
    super(init.detail ?? init.title);
    this.name = new.target.name;
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.extensions = init.extensions ?? {};
    this.headers = init.headers ?? {};
  }
}

export class ResourceNotFoundError extends ApiProblem {
  constructor(resource: string, key: string) {
    super({
      status: 404,
      code: 'resource_not_found',
      title: 'Resource not found',
      detail: `No ${resource} "${key}" exists.`,
      extensions: { resource },
    });
  }
}

export class ServiceUnavailableError extends ApiProblem {
  constructor(code: string, detail: string, extensions?: Record<string, unknown>) {
    super({ status: 503, code, title: 'Service unavailable', detail, ...(extensions ? { extensions } : {}) });
  }
}
