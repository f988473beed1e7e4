export { defineAction, ACTION_NAME_PATTERN } from './define-action';
export type {
  Action,
  ActionContext,
  ActionDefinition,
  ActionInputOf,
  ActionOutputOf,
  AnyAction,
} from './define-action';
export { defineConnector, CONNECTOR_NAME_PATTERN } from './define-connector';
export type { Connector, ConnectorDefinition, ConnectionCheck, ConnectionCheckContext } from './define-connector';
export { checkConnection } from './check-connection';
export type { CheckConnectionOptions, ConnectionCheckOutcome } from './check-connection';
export { executeAction } from './execute-action';
export type { ExecuteActionOptions } from './execute-action';
export { connectorManifest, toJsonSchema } from './connector-manifest';
export type { ActionManifest, ConnectorManifest, TriggerManifest } from './connector-manifest';
export {
  ConnectorError,
  NonRetryableError,
  RetryableError,
  RateLimitedError,
  InvalidInputError,
  InvalidConnectionError,
  InvalidOutputError,
  UnknownActionError,
  InvalidDefinitionError,
  HttpError,
  fieldIssues,
} from './errors';
export type { ConnectorErrorJson, ConnectorErrorOptions, FieldIssue, HttpErrorInit } from './errors';
export { secret, collectSecretValues, secretFieldPaths } from './secret-fields';
export type { JsonSchema } from './secret-fields';
export { createSecretRedactor, REDACTED } from './secret-redactor';
export type { SecretRedactor } from './secret-redactor';
export { silentLogger } from './connector-logger';
export type { ConnectorLogger, LogFields } from './connector-logger';
export { redactingLogger } from './redacting-logger';
export { createHttpClient, ERROR_BODY_EXCERPT_LENGTH } from './http-client';
export type { HttpClient, HttpClientOptions, HttpRequest, HttpResponse } from './http-client';
export { DEFAULT_HTTP_RETRY, parseRetryAfter } from './http-retry-policy';
export type { HttpMethod, HttpRetryOptions } from './http-retry-policy';
export { describeUrl, resolveRequestUrl, DEFAULT_SECRET_QUERY_PARAMS } from './http-url';
export type { QueryParams, QueryValue } from './http-url';
export { paginateByPage } from './paginate-by-page';
export type { NumberedPage, PaginateByPageOptions } from './paginate-by-page';
export { paginateByCursor } from './paginate-by-cursor';
export type { CursorPage, PaginateByCursorOptions } from './paginate-by-cursor';
export { paginateByLinkHeader } from './paginate-by-link-header';
export type { LinkedPage, PaginateByLinkHeaderOptions } from './paginate-by-link-header';
export type { Page } from './page-stream';
export { findLinkTarget, parseLinkHeader } from './link-header';
export type { LinkValue } from './link-header';
export {
  oauth2ClientCredentials,
  type OAuth2ClientCredentials,
  type OAuth2ClientCredentialsOptions,
} from './oauth2-client-credentials';
export { verifyHmacSignature, verifyStandardWebhook } from './webhook-signature';
export type { HmacSignatureRequest, StandardWebhookRequest, WebhookVerification } from './webhook-signature';
export { defineTrigger } from './define-trigger';
export type {
  AnyTrigger,
  PollingTrigger,
  PollRequest,
  PollResult,
  SubscriptionHandle,
  SubscriptionTrigger,
  Trigger,
  TriggerContext,
  TriggerDefinition,
  TriggerEvent,
} from './define-trigger';
export { pollTrigger, subscribeTrigger, UnknownTriggerError } from './run-trigger';
export type { PollTriggerResult, TriggerRunOptions } from './run-trigger';
export { inMemoryConnection } from './connection-handle';
export type { ConnectionHandle, ConnectionSecretsUpdate } from './connection-handle';
export type { HttpAuthorization, HttpAuthorizer } from './http-authorizer';
export { OAuth2AuthorizationCodeFields, oauth2AuthorizationCode } from './oauth2-authorization-code';
export type { OAuth2AuthorizationCode, OAuth2AuthorizationCodeOptions } from './oauth2-authorization-code';
export { MutualTlsFields, closeMutualTlsDispatchers, mutualTlsDispatcher } from './mutual-tls-dispatcher';
export type { MutualTlsOptions } from './mutual-tls-dispatcher';
export { RowCursor, parseRowCursor, pollRows, rowFilter, rowPollingInput } from './row-polling';
export type { PolledRow, PollRowsOptions, RowFilter, RowPollingInput, RowPollingInputOptions } from './row-polling';
export { MessageBodyFormat, readMessageBody } from './message-body';
export { untilAborted } from './until-aborted';
