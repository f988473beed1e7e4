import { Context, ApplicationFailure } from '@temporalio/activity';
import { ConnectorError, RateLimitedError, executeAction } from '@tributary/connector-sdk';
import type { ActionFailureDetails, RunActionInput, RunActionResult } from '@tributary/workflows/run-flow.contract';
import type { ConnectorCatalog } from '../connectors/connector-catalog';
import { connectorLogger } from '../connectors/connector-logger';
import { InvalidConnectionRateLimitError, tokenBucketLimitOf } from '../connections/connection-rate-limit';
import { storedConnectionHandle, type ConnectionSecretStore } from '../connections/connection-secret-store';
import { ConnectionNotFoundError, type ResolvedConnection } from '../connections/connection-secrets';
import {
  createConnectionThrottle,
  type ConnectionThrottle,
  type TokenBuckets,
} from '../connections/connection-throttle';
import type { Logger } from '../logger';

export interface RunActionDeps {
  catalog: ConnectorCatalog;
  resolveConnection(name: string): Promise<ResolvedConnection>;
  logger: Logger;
  /** where actions store secrets they renew (OAuth2 tokens), under a row lock; without it `ctx.connection` is in memory */
  connectionSecrets?: ConnectionSecretStore;
  /** where connections' rate limits are counted (shared by all workers); without it limits are not enforced */
  rateLimitBuckets?: TokenBuckets;
  /** a rate-limit wait longer than this fails the attempt with RATE_LIMITED for Temporal to retry later; default 60 s */
  maxRateLimitWaitMs?: number;
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
    // What the action last heartbeated: re-sent while it waits for its rate limit, so the resume point survives.
    let progress: unknown = heartbeatDetails;
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
      let throttle: ConnectionThrottle | undefined;
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
        throttle = rateLimitThrottle(deps, connection, () => activity.heartbeat(progress));
      }
      await throttle?.admit();
      const output = await executeAction(connector, request.action, {
        input: request.input,
        auth,
        idempotencyKey: request.idempotencyKey,
        logger: connectorLogger(deps.logger.child({ connector: connector.name, action: request.action })),
        signal: activity.cancellationSignal,
        // Explicit, never automatic: a heartbeat claims progress, and only the action knows what progress is.
        heartbeat: (reported) => {
          progress = reported;
          activity.heartbeat(reported);
        },
        resumeFrom: heartbeatDetails,
        throttle: throttle?.throttle,
        connection:
          request.connection && deps.connectionSecrets
            ? storedConnectionHandle(deps.connectionSecrets, request.connection, (values) =>
                secretValues.push(...values),
              )
            : undefined,
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
  if (error instanceof ConnectionNotFoundError || error instanceof InvalidConnectionRateLimitError) {
    return failure(error.code, error.message, attempt, false);
  }
  const message = error instanceof Error ? error.message : String(error);
  return failure('action_crashed', scrub(message), attempt, true);
}

function failure(code: string, message: string, attempt: number, retryable: boolean): ApplicationFailure {
  const details: ActionFailureDetails = { code, attempt };
  return ApplicationFailure.create({ type: code, message, nonRetryable: !retryable, details: [details] });
}

function rateLimitThrottle(
  deps: RunActionDeps,
  connection: ResolvedConnection,
  keepAlive: () => void,
): ConnectionThrottle | undefined {
  if (connection.rateLimit === undefined || deps.rateLimitBuckets === undefined) return undefined;
  return createConnectionThrottle({
    buckets: deps.rateLimitBuckets,
    connection,
    limit: tokenBucketLimitOf(connection.rateLimit),
    signal: Context.current().cancellationSignal,
    keepAlive,
    maxWaitMs: deps.maxRateLimitWaitMs,
  });
}

function describeConnector(request: RunActionInput): string {
  return request.connectorVersion ? `${request.connector}@${request.connectorVersion}` : request.connector;
}
