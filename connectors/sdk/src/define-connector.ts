import type { z } from 'zod';
import type { Action, AnyAction } from './define-action';
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
}

export interface ConnectorDefinition<TAuth extends z.ZodType, TActions> {
  name: string;
  version: string;
  displayName: string;
  description?: string;
  auth: TAuth;
  actions: TActions;
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
  const { name, version, displayName, description, auth, actions } = definition;
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
  return Object.freeze({
    kind: 'connector',
    name,
    version,
    displayName,
    ...(description === undefined ? {} : { description }),
    auth,
    actions: Object.freeze({ ...actions }),
  });
}
