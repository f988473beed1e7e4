import { Context, ApplicationFailure } from '@temporalio/activity';
import { ConnectorError, RateLimitedError, executeAction, type ConnectorLogger } from '@tributary/connector-sdk';
import type { ActionFailureDetails, RunActionInput, RunActionResult } from '@tributary/workflows/run-flow.contract';
import type { ConnectorCatalog } from '../connectors/connector-catalog';
import { ConnectionNotFoundError, type ResolvedConnection } from '../connections/connection-secrets';
import type { Logger } from '../logger';

export interface RunActionDeps {
  catalog: ConnectorCatalog;
  resolveConnection(name: string): Promise<ResolvedConnection>;
  logger: Logger;
}

/**
 * The one activity behind every connector action. Connector errors become
 * Temporal failures whose `type` is the error code and whose retryability is
 * the connector's verdict, so Temporal's retry policy does the right thing.
 */
export function createRunAction(deps: RunActionDeps) {
  return async function runAction(request: RunActionInput): Promise<RunActionResult> {
    const activity = Context.current();
    const { attempt, heartbeatDetails } = activity.info;
    let secretValues: string[] = [];
    try {
      const connector = deps.catalog.find(request.connector, request.connectorVersion);
      if (!connector) {
        throw failure(
          'connector_not_found',
          `connector ${describeConnector(request)} is not loaded in this worker`,
          attempt,
          false,
        );
      }
      let auth: Record<string, unknown> | undefined;
      if (request.connection) {
        const connection = await deps.resolveConnection(request.connection);
        secretValues = connection.secretValues;
        if (connection.connectorName !== connector.name) {
          throw failure(
            'connection_mismatch',
            `connection "${connection.name}" belongs to connector "${connection.connectorName}", not "${connector.name}"`,
            attempt,
            false,
          );
        }
        auth = connection.auth;
      }
      const output = await executeAction(connector, request.action, {
        input: request.input,
        auth,
        idempotencyKey: request.idempotencyKey,
        logger: toConnectorLogger(deps.logger.child({ connector: connector.name, action: request.action })),
        signal: activity.cancellationSignal,
        // Explicit, never automatic: a heartbeat claims progress, and only the action knows what progress is.
        heartbeat: (progress) => activity.heartbeat(progress),
        resumeFrom: heartbeatDetails,
      });
      return { output, attempt };
    } catch (error) {
      throw toFailure(error, attempt, secretValues);
    }
  };
}

function toFailure(error: unknown, attempt: number, secretValues: string[]): ApplicationFailure {
  if (error instanceof ApplicationFailure) return error;
  const scrub = (text: string) => secretValues.reduce((out, secret) => out.split(secret).join('***'), text);
  if (error instanceof ConnectorError) {
    return ApplicationFailure.create({
      type: error.code,
      message: scrub(error.message),
      nonRetryable: !error.retryable,
      nextRetryDelay: error instanceof RateLimitedError ? error.retryAfterMs : undefined,
      details: [
        {
          code: error.code,
          attempt,
          details: error.details === undefined ? undefined : JSON.parse(scrub(JSON.stringify(error.details))),
        },
      ],
    });
  }
  if (error instanceof ConnectionNotFoundError) {
    return failure(error.code, error.message, attempt, false);
  }
  const message = error instanceof Error ? error.message : String(error);
  return failure('action_crashed', scrub(message), attempt, true);
}

function failure(code: string, message: string, attempt: number, retryable: boolean): ApplicationFailure {
  const details: ActionFailureDetails = { code, attempt };
  return ApplicationFailure.create({ type: code, message, nonRetryable: !retryable, details: [details] });
}

function describeConnector(request: RunActionInput): string {
  return request.connectorVersion ? `${request.connector}@${request.connectorVersion}` : request.connector;
}

/** pino takes (fields, message); connector code logs (message, fields). */
function toConnectorLogger(logger: Logger): ConnectorLogger {
  return {
    debug: (message, fields) => logger.debug(fields ?? {}, message),
    info: (message, fields) => logger.info(fields ?? {}, message),
    warn: (message, fields) => logger.warn(fields ?? {}, message),
    error: (message, fields) => logger.error(fields ?? {}, message),
  };
}
