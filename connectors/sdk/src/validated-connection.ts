import { z } from 'zod';
import type { Connector } from './define-connector';
import { ConnectorError, InvalidConnectionError, RetryableError, fieldIssues } from './errors';
import { collectSecretValues, type JsonSchema } from './secret-fields';
import { createSecretRedactor, type SecretRedactor } from './secret-redactor';

/**
 * The first thing every entry point into connector code does (an action, a
 * trigger, a connection check): parse the stored connection with the
 * connector's auth schema and build the redactor that keeps its secret values
 * out of every message, log line and detail from then on. An invalid
 * connection is refused before connector code runs, without echoing it.
 */
export function validateConnection(
  connector: Connector,
  stored: unknown,
  extraSecrets: Iterable<string> = [],
): { auth: unknown; redactor: SecretRedactor } {
  const schema = authJsonSchema(connector);
  const parsed = connector.auth.safeParse(stored);
  const redactor = createSecretRedactor([
    ...extraSecrets,
    ...collectSecretValues(schema, stored),
    ...(parsed.success ? collectSecretValues(schema, parsed.data) : []),
  ]);
  if (!parsed.success) {
    throw new InvalidConnectionError(
      `The connection for ${connector.name} is invalid`,
      fieldIssues(parsed.error),
    ).redactSecrets(redactor);
  }
  return { auth: parsed.data, redactor };
}

const authSchemas = new WeakMap<Connector, JsonSchema>();

/** The connector's auth as JSON Schema, computed once: it says which fields are secret. */
export function authJsonSchema(connector: Connector): JsonSchema {
  let schema = authSchemas.get(connector);
  if (schema === undefined) {
    // Only used to find secret fields, so a transform or date somewhere must not break execution.
    schema = z.toJSONSchema(connector.auth, { io: 'input', unrepresentable: 'any' });
    authSchemas.set(connector, schema);
  }
  return schema;
}

/**
 * What leaves connector code when it throws: its own ConnectorError with the
 * secrets removed, or, for anything unplanned (a bug, a library's own error),
 * a ConnectorError of `code` whose retryability decides what Temporal does.
 * A cancellation is returned as is: Temporal must see the signal's own reason.
 */
export function connectorFailure(
  error: unknown,
  signal: AbortSignal | undefined,
  redactor: SecretRedactor,
  unplanned: { code: string; retryable: boolean },
): unknown {
  if (signal?.aborted) return error;
  if (error instanceof ConnectorError) return error.redactSecrets(redactor);
  const name = error instanceof Error ? error.name : 'Error';
  const message = redactor.text(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  const wrapped = unplanned.retryable
    ? new RetryableError(message, { code: unplanned.code, details: { name } })
    : new ConnectorError(message, { code: unplanned.code, retryable: false, details: { name } });
  if (error instanceof Error && error.stack !== undefined) wrapped.stack = redactor.text(error.stack);
  return wrapped;
}
