import { inMemoryConnection, type ConnectionHandle } from './connection-handle';
import { silentLogger, type ConnectorLogger } from './connector-logger';
import type { ActionContext, ActionInputOf, ActionOutputOf } from './define-action';
import type { Connector } from './define-connector';
import { InvalidInputError, InvalidOutputError, UnknownActionError, fieldIssues } from './errors';
import { redactingLogger } from './redacting-logger';
import { collectSecretValues } from './secret-fields';
import type { SecretRedactor } from './secret-redactor';
import { authJsonSchema, connectorFailure, validateConnection } from './validated-connection';

export interface ExecuteActionOptions<TInput = unknown> {
  input: TInput;
  /** the connection's secrets as stored; validated against the connector's auth schema */
  auth: unknown;
  idempotencyKey: string;
  logger?: ConnectorLogger;
  signal?: AbortSignal;
  /** receives the action's `ctx.heartbeat` calls (the worker forwards them to Temporal); default: ignored */
  heartbeat?: (progress?: unknown) => void;
  /** what the previous attempt last heartbeated; becomes `ctx.resumeFrom` */
  resumeFrom?: unknown;
  /** becomes `ctx.throttle` (the worker passes the connection's rate limit); default: never waits */
  throttle?: () => Promise<void>;
  /**
   * The stored connection behind `auth` (the worker passes its database-backed
   * handle); default: an in-memory copy of `auth`. Becomes `ctx.connection`.
   */
  connection?: ConnectionHandle;
}

type KnownActionName<C extends Connector> = keyof C['actions'] & string;
type InputFor<C extends Connector, N extends string> = string extends N ? unknown : ActionInputOf<C['actions'][N]>;
type OutputFor<C extends Connector, N extends string> = string extends N ? unknown : ActionOutputOf<C['actions'][N]>;

/**
 * Runs one action the way the worker's `runAction` activity does: validate the
 * connection and the input (the action is not called when either is invalid),
 * run it with a redacting logger, validate its output. Every error leaving here
 * is a {@link ConnectorError} with the connection's secrets removed, except a
 * cancellation, which is rethrown as the signal's reason.
 *
 * With a concrete connector and a literal action name, input and output are
 * typed; code that picks actions at run time passes a plain `Connector` and a
 * `string` and gets `unknown`.
 *
 * @example
 * const output = await executeAction(httpConnector, 'request', {
 *   input: { method: 'GET', url: 'https://api.example.com/health' },
 *   auth: { type: 'none' },
 *   idempotencyKey: 'run_123:step_fetch',
 * });
 */
export async function executeAction<C extends Connector, N extends KnownActionName<C>>(
  connector: C,
  actionName: N,
  options: ExecuteActionOptions<InputFor<C, N>>,
): Promise<OutputFor<C, N>>;
export async function executeAction(
  connector: Connector,
  actionName: string,
  options: ExecuteActionOptions,
): Promise<unknown> {
  const action = Object.hasOwn(connector.actions, actionName) ? connector.actions[actionName] : undefined;
  if (action === undefined) throw new UnknownActionError(connector.name, actionName, Object.keys(connector.actions));
  const qualifiedName = `${connector.name}.${actionName}`;

  const connection = validateConnection(connector, options.auth);
  const redactor = growingRedactor(connection.redactor);
  const input = action.input.safeParse(options.input);
  if (!input.success) {
    throw new InvalidInputError(`Invalid input for ${qualifiedName}`, fieldIssues(input.error)).redactSecrets(redactor);
  }

  const context: ActionContext<unknown> = {
    auth: connection.auth,
    logger: redactingLogger(options.logger ?? silentLogger, redactor),
    idempotencyKey: options.idempotencyKey,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    heartbeat: options.heartbeat ?? ignoreHeartbeat,
    resumeFrom: options.resumeFrom,
    throttle: options.throttle ?? noThrottle,
    connection: learningSecrets(
      options.connection ?? inMemoryConnection(isRecord(options.auth) ? options.auth : {}),
      (stored) => redactor.learn(collectSecretValues(authJsonSchema(connector), stored)),
    ),
  };
  let result: unknown;
  try {
    result = await action.run(context, input.data);
  } catch (error) {
    // Unplanned errors are retryable, as Temporal treats a plain Error.
    throw connectorFailure(error, options.signal, redactor, { code: 'ACTION_FAILED', retryable: true });
  }

  const output = action.output.safeParse(result);
  if (!output.success) {
    throw new InvalidOutputError(
      `${qualifiedName} returned output that does not match its schema`,
      fieldIssues(output.error),
    ).redactSecrets(redactor);
  }
  return output.data;
}

function ignoreHeartbeat(): void {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A redactor that can learn secrets after the logger and the context were built with it. */
function growingRedactor(initial: SecretRedactor): SecretRedactor & { learn(more: string[]): void } {
  let known = initial;
  return {
    text: (text) => known.text(text),
    value: (value) => known.value(value),
    with: (more) => known.with(more),
    learn(more) {
      if (more.length > 0) known = known.with(more);
    },
  };
}

/**
 * Secrets an action stores (a new access token) are redacted from then on, and
 * already inside the update, before the action can log or throw them.
 */
function learningSecrets(
  handle: ConnectionHandle,
  learn: (connection: Record<string, unknown>) => void,
): ConnectionHandle {
  return {
    async updateSecrets(update) {
      const stored = await handle.updateSecrets(async (current) => {
        learn(current);
        const patch = await update(current);
        if (patch !== undefined) learn({ ...current, ...patch });
        return patch;
      });
      learn(stored);
      return stored;
    },
  };
}

async function noThrottle(): Promise<void> {}
