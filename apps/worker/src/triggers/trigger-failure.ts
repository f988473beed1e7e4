import { ApplicationFailure } from '@temporalio/activity';
import { ConnectorError, RateLimitedError } from '@tributary/connector-sdk';

/**
 * A trigger's connector error as a Temporal failure: the error code becomes
 * the failure type and the connector's verdict decides retrying. Messages
 * arrive already redacted by the SDK.
 */
export function triggerFailure(error: unknown): unknown {
  if (!(error instanceof ConnectorError)) return error;
  return ApplicationFailure.create({
    type: error.code,
    message: error.message,
    nonRetryable: !error.retryable,
    nextRetryDelay: error instanceof RateLimitedError ? error.retryAfterMs : undefined,
    details: error.details === undefined ? [] : [error.details],
  });
}
