import { z } from 'zod';
import { silentLogger, type ConnectorLogger } from './connector-logger';
import type { ActionContext, ActionInputOf, ActionOutputOf } from './define-action';
import type { Connector } from './define-connector';
import {
  ConnectorError,
  InvalidConnectionError,
  InvalidInputError,
  InvalidOutputError,
  RetryableError,
  UnknownActionError,
  fieldIssues,
} from './errors';
import { redactingLogger } from './redacting-logger';
import { collectSecretValues, type JsonSchema } from './secret-fields';
import { createSecretRedactor, type SecretRedactor } from './secret-redactor';

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

  const auth = connector.auth.safeParse(options.auth);
  const redactor = createSecretRedactor([
    ...collectSecretValues(authJsonSchema(connector), options.auth),
    ...(auth.success ? collectSecretValues(authJsonSchema(connector), auth.data) : []),
  ]);
  if (!auth.success) {
    throw new InvalidConnectionError(
      `The connection for ${connector.name} is invalid`,
      fieldIssues(auth.error),
    ).redactSecrets(redactor);
  }
  const input = action.input.safeParse(options.input);
  if (!input.success) {
    throw new InvalidInputError(`Invalid input for ${qualifiedName}`, fieldIssues(input.error)).redactSecrets(redactor);
  }

  const context: ActionContext<unknown> = {
    auth: auth.data,
    logger: redactingLogger(options.logger ?? silentLogger, redactor),
    idempotencyKey: options.idempotencyKey,
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    heartbeat: options.heartbeat ?? ignoreHeartbeat,
    resumeFrom: options.resumeFrom,
  };
  let result: unknown;
  try {
    result = await action.run(context, input.data);
  } catch (error) {
    throw asConnectorFailure(error, options.signal, redactor);
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

const authSchemas = new WeakMap<Connector, JsonSchema>();

function authJsonSchema(connector: Connector): JsonSchema {
  let schema = authSchemas.get(connector);
  if (schema === undefined) {
    // Only used to find secret fields, so a transform or date somewhere must not break execution.
    schema = z.toJSONSchema(connector.auth, { io: 'input', unrepresentable: 'any' });
    authSchemas.set(connector, schema);
  }
  return schema;
}

function asConnectorFailure(error: unknown, signal: AbortSignal | undefined, redactor: SecretRedactor): unknown {
  // Cancellation must reach Temporal as the signal's own reason (a CancelledFailure there).
  if (signal?.aborted) return error;
  if (error instanceof ConnectorError) return error.redactSecrets(redactor);
  // Anything else is unplanned (a bug, a library's own error): let Temporal's retry policy decide, as it would for a plain Error.
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  const wrapped = new RetryableError(redactor.text(`${name}: ${message}`), {
    code: 'ACTION_FAILED',
    details: { name },
  });
  if (error instanceof Error && error.stack !== undefined) wrapped.stack = redactor.text(error.stack);
  return wrapped;
}
