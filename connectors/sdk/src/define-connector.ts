import type { z } from 'zod';
import type { ConnectorLogger } from './connector-logger';
import type { Action, AnyAction } from './define-action';
import type { AnyTrigger, Trigger } from './define-trigger';
import { InvalidDefinitionError } from './errors';

/** Connector names are package-like: `http`, `google-sheets`. */
export const CONNECTOR_NAME_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
const SEMVER_PATTERN = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** A connector as loaded by the worker and described to the API. */
export interface Connector<
  TAuth extends z.ZodType = z.ZodType,
  TActions extends Record<string, AnyAction> = Record<string, AnyAction>,
> {
  readonly kind: 'connector';
  readonly name: string;
  readonly version: string;
  readonly displayName: string;
  readonly description?: string;
  /** schema of the connection secrets; mark secret fields with `secret()` */
  readonly auth: TAuth;
  /** keyed by action name */
  readonly actions: Readonly<TActions>;
  /** polling and subscription triggers, keyed by name (webhooks and schedules need none) */
  readonly triggers: Readonly<Record<string, AnyTrigger>>;
  /**
   * A cheap call that proves a connection's credentials work ("Test connection"); see {@link ConnectionCheck}.
   * Method syntax on purpose: a connector with a specific auth must still be usable as a plain `Connector`.
   */
  check?(ctx: ConnectionCheckContext<z.output<TAuth>>): Promise<void | { message?: string }>;
}

/** What a connection check receives: the validated auth, a logger that redacts secrets, and a cancellation signal. */
export interface ConnectionCheckContext<TAuth> {
  auth: TAuth;
  logger: ConnectorLogger;
  signal: AbortSignal;
}

/**
 * Proves that a connection works with one cheap call (`SELECT 1`, an
 * authenticated GET of a small resource). Resolves when it does, optionally
 * with a message for the user ("connected as svc-erp"); throws a connector
 * error (`AuthenticationError`, …) saying why when it does not.
 */
export type ConnectionCheck<TAuth> = (ctx: ConnectionCheckContext<TAuth>) => Promise<void | { message?: string }>;

export interface ConnectorDefinition<TAuth extends z.ZodType, TActions> {
  name: string;
  version: string;
  displayName: string;
  description?: string;
  auth: TAuth;
  actions: TActions;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- input/payload types are free; only auth must match
  triggers?: Record<string, Trigger<z.output<TAuth>, any, any>>;
  /** optional: a cheap call that proves the credentials work, run by "Test connection" */
  check?: ConnectionCheck<z.output<TAuth>>;
}

/**
 * Declares a connector from its auth schema and its actions. Every action must
 * accept this connector's auth: an action typed for another auth schema does not compile.
 *
 * @example
 * export const connector = defineConnector({
 *   name: 'erp',
 *   version: '1.2.0',
 *   displayName: 'Acme ERP',
 *   auth: ErpAuth,
 *   actions: { createOrder, getOrder },
 * });
 * export default connector;
 */
export function defineConnector<
  TAuth extends z.ZodType,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- input/output types are free; only auth must match
  const TActions extends Record<string, Action<z.output<TAuth>, any, any>>,
>(definition: ConnectorDefinition<TAuth, TActions>): Connector<TAuth, TActions> {
  const { name, version, displayName, description, auth, actions, triggers = {}, check } = definition;
  if (!CONNECTOR_NAME_PATTERN.test(name)) {
    throw new InvalidDefinitionError(`Connector name "${name}" must be lower-case letters, digits or - (max 64)`);
  }
  if (!SEMVER_PATTERN.test(version)) {
    throw new InvalidDefinitionError(`Connector "${name}" version "${version}" is not a semantic version (e.g. 1.0.0)`);
  }
  if (displayName.trim() === '') throw new InvalidDefinitionError(`Connector "${name}" needs a displayName`);
  for (const [key, action] of Object.entries(actions)) {
    // The key is what flows reference; the action's own name is what its file declares. They must agree.
    if (action.name !== key) {
      throw new InvalidDefinitionError(
        `Connector "${name}" lists action "${action.name}" under the key "${key}"; use the same name`,
      );
    }
  }
  for (const [key, trigger] of Object.entries(triggers)) {
    if (trigger.name !== key) {
      throw new InvalidDefinitionError(
        `Connector "${name}" lists trigger "${trigger.name}" under the key "${key}"; use the same name`,
      );
    }
  }
  return Object.freeze({
    kind: 'connector',
    name,
    version,
    displayName,
    ...(description === undefined ? {} : { description }),
    auth,
    actions: Object.freeze({ ...actions }),
    triggers: Object.freeze({ ...triggers }),
    ...(check === undefined ? {} : { check }),
  });
}
