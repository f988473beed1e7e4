import type { z } from 'zod';
import type { SecretRedactor } from './secret-redactor';

/**
 * The error taxonomy connector code throws and the worker reads.
 *
 * The worker turns `retryable === false` into a non-retryable Temporal
 * ApplicationFailure whose `type` is `code`, so both are plain fields; `details`
 * must stay JSON-serialisable and free of secrets because it ends up in workflow
 * history and in the run view.
 */

export interface ConnectorErrorOptions {
  code: string;
  retryable: boolean;
  details?: unknown;
  cause?: unknown;
}

/** Plain-data form of a connector error, as it is logged and stored. */
export interface ConnectorErrorJson {
  name: string;
  code: string;
  message: string;
  retryable: boolean;
  details?: unknown;
}

/**
 * Base class of every error a connector reports on purpose.
 *
 * @example
 * throw new ConnectorError('Quota exhausted for this month', { code: 'QUOTA_EXHAUSTED', retryable: false });
 */
export class ConnectorError extends Error {
  readonly code: string;
  readonly retryable: boolean;
  details?: unknown;

  constructor(message: string, options: ConnectorErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.retryable = options.retryable;
    if (options.details !== undefined) this.details = options.details;
  }

  /**
   * Removes secret values from everything this error will show. The executor
   * calls it on every error leaving an action, so a connector that echoes a
   * token in a message still does not leak it.
   */
  redactSecrets(redactor: SecretRedactor): this {
    this.message = redactor.text(this.message);
    if (this.stack !== undefined) this.stack = redactor.text(this.stack);
    if (this.details !== undefined) this.details = redactor.value(this.details);
    // The cause is an implementation detail that may carry raw request data.
    if (this.cause !== undefined) this.cause = redactor.value(this.cause);
    return this;
  }

  toJSON(): ConnectorErrorJson {
    const json: ConnectorErrorJson = {
      name: this.name,
      code: this.code,
      message: this.message,
      retryable: this.retryable,
    };
    if (this.details !== undefined) json.details = this.details;
    return json;
  }
}

/**
 * A failure that will not go away by trying again (bad input, missing record, rejected request).
 *
 * @example
 * throw new NonRetryableError('Customer 42 does not exist', { code: 'CUSTOMER_NOT_FOUND' });
 */
export class NonRetryableError extends ConnectorError {
  constructor(message: string, options: Partial<Omit<ConnectorErrorOptions, 'retryable'>> = {}) {
    super(message, { ...options, code: options.code ?? 'NON_RETRYABLE', retryable: false });
  }
}

/**
 * A transient failure: Temporal's retry policy should try the activity again.
 *
 * @example
 * throw new RetryableError('ERP is in its nightly maintenance window', { code: 'ERP_MAINTENANCE' });
 */
export class RetryableError extends ConnectorError {
  constructor(message: string, options: Partial<Omit<ConnectorErrorOptions, 'retryable'>> = {}) {
    super(message, { ...options, code: options.code ?? 'RETRYABLE', retryable: true });
  }
}

/**
 * The remote side asked us to slow down; `retryAfterMs` is its hint (when it gave one).
 *
 * @example
 * throw new RateLimitedError('Too many requests', { retryAfterMs: 60_000 });
 */
export class RateLimitedError extends RetryableError {
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: { retryAfterMs?: number; details?: unknown; cause?: unknown } = {}) {
    super(message, {
      code: 'RATE_LIMITED',
      details: { retryAfterMs: options.retryAfterMs, ...detailsObject(options.details) },
      cause: options.cause,
    });
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** One field that failed validation, with a dotted path such as `headers.accept` or `items.0.sku`. */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * `{ path: 'headers.accept', message: '…' }` for each zod issue. Zod's own
 * messages name the expected type, never the rejected value, so they are safe to show.
 */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * Input (or a connection) that does not match the declared schema; the action was not called.
 *
 * @example
 * throw new InvalidInputError('Invalid input', [{ path: 'url', message: 'must be absolute' }]);
 */
export class InvalidInputError extends NonRetryableError {
  readonly issues: FieldIssue[];

  constructor(message: string, issues: FieldIssue[], options: { code?: string } = {}) {
    super(`${message}: ${describeIssues(issues)}`, { code: options.code ?? 'INVALID_INPUT', details: { issues } });
    this.issues = issues;
  }
}

/** The connection's secrets do not match the connector's auth schema. */
export class InvalidConnectionError extends InvalidInputError {
  constructor(message: string, issues: FieldIssue[]) {
    super(message, issues, { code: 'INVALID_CONNECTION' });
  }
}

/** An action returned something its output schema rejects: a connector bug or an API change. */
export class InvalidOutputError extends NonRetryableError {
  readonly issues: FieldIssue[];

  constructor(message: string, issues: FieldIssue[]) {
    super(`${message}: ${describeIssues(issues)}`, { code: 'INVALID_OUTPUT', details: { issues } });
    this.issues = issues;
  }
}

/** A flow step names an action the connector does not have. */
export class UnknownActionError extends NonRetryableError {
  constructor(connector: string, action: string, available: string[]) {
    super(`Connector "${connector}" has no action "${action}" (available: ${available.join(', ') || 'none'})`, {
      code: 'UNKNOWN_ACTION',
      details: { connector, action, available },
    });
  }
}

export interface HttpErrorInit {
  status: number;
  statusText: string;
  method: string;
  /** already stripped of credentials and secret query parameters */
  url: string;
  /** first characters of the response body, already redacted */
  bodyExcerpt: string;
  retryable?: boolean;
}

/**
 * The remote API answered with a status the caller did not accept (4xx other than 429 by default).
 *
 * @example
 * // POST https://erp.example.com/orders → 422 Unprocessable Entity: {"error":"sku is unknown"}
 */
export class HttpError extends ConnectorError {
  readonly status: number;
  readonly method: string;
  url: string;
  bodyExcerpt: string;

  constructor(init: HttpErrorInit) {
    const { status, statusText, method, url, bodyExcerpt } = init;
    super(describeHttpFailure(init), {
      code: 'HTTP_ERROR',
      retryable: init.retryable ?? false,
      details: { status, statusText, method, url, bodyExcerpt },
    });
    this.status = status;
    this.method = method;
    this.url = url;
    this.bodyExcerpt = bodyExcerpt;
  }

  override redactSecrets(redactor: SecretRedactor): this {
    this.url = redactor.text(this.url);
    this.bodyExcerpt = redactor.text(this.bodyExcerpt);
    return super.redactSecrets(redactor);
  }
}

/** `POST http://host/path → 422 Unprocessable Entity: <body excerpt>` */
export function describeHttpFailure(init: Omit<HttpErrorInit, 'retryable'>, suffix = ''): string {
  const statusLine = `${init.status}${init.statusText ? ` ${init.statusText}` : ''}`;
  const body = init.bodyExcerpt ? `: ${init.bodyExcerpt}` : '';
  return `${init.method} ${init.url} → ${statusLine}${suffix}${body}`;
}

function describeIssues(issues: FieldIssue[]): string {
  return issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
}

function detailsObject(details: unknown): Record<string, unknown> {
  return typeof details === 'object' && details !== null ? { ...details } : details === undefined ? {} : { details };
}

/** A connector or action declaration is malformed; raised when the connector module loads. */
export class InvalidDefinitionError extends NonRetryableError {
  constructor(message: string) {
    super(message, { code: 'INVALID_CONNECTOR_DEFINITION' });
  }
}
