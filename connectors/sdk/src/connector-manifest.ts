import { z } from 'zod';
import type { Connector } from './define-connector';
import type { JsonSchema } from './secret-fields';

export interface ActionManifest {
  displayName: string;
  description?: string;
  /** what a step may pass (defaults are optional here) */
  input: JsonSchema;
  /** what the step's output looks like to later steps */
  output: JsonSchema;
}

export interface TriggerManifest {
  type: 'polling' | 'subscription';
  displayName: string;
  description?: string;
  /** what the flow's trigger configures */
  input: JsonSchema;
  /** each event's payload: `$trigger` in the flow */
  payload: JsonSchema;
}

/** The build-time description of a connector version that the API stores and the editor renders. */
export interface ConnectorManifest {
  name: string;
  version: string;
  displayName: string;
  description?: string;
  /** the connection form; secret fields carry `secret: true` and `writeOnly: true` */
  auth: JsonSchema;
  actions: Record<string, ActionManifest>;
  triggers: Record<string, TriggerManifest>;
  /** the connector can prove a connection works ("Test connection" runs its `check`); otherwise only the auth schema is validated */
  hasCheck: boolean;
}

/**
 * Derives the connector's manifest from its zod schemas. Throws when a schema
 * has no JSON Schema form (e.g. `z.date()`), which the conformance suite reports.
 *
 * @example
 * const manifest = connectorManifest(httpConnector);
 * manifest.actions.request.input; // JSON Schema of the request action's input
 */
export function connectorManifest(connector: Connector): ConnectorManifest {
  const actions: Record<string, ActionManifest> = {};
  for (const [key, action] of Object.entries(connector.actions)) {
    actions[key] = {
      displayName: action.displayName,
      ...(action.description === undefined ? {} : { description: action.description }),
      input: toJsonSchema(action.input, 'input'),
      output: toJsonSchema(action.output, 'output'),
    };
  }
  const triggers: Record<string, TriggerManifest> = {};
  for (const [key, trigger] of Object.entries(connector.triggers ?? {})) {
    triggers[key] = {
      type: trigger.type,
      displayName: trigger.displayName,
      ...(trigger.description === undefined ? {} : { description: trigger.description }),
      input: toJsonSchema(trigger.input, 'input'),
      payload: toJsonSchema(trigger.payload, 'output'),
    };
  }
  return {
    name: connector.name,
    version: connector.version,
    displayName: connector.displayName,
    ...(connector.description === undefined ? {} : { description: connector.description }),
    auth: toJsonSchema(connector.auth, 'input'),
    actions,
    triggers,
    hasCheck: connector.check !== undefined,
  };
}

/**
 * JSON Schema of one zod schema. `io: 'input'` describes what callers send
 * (fields with defaults are optional), `'output'` what comes back.
 *
 * @example
 * toJsonSchema(z.object({ id: z.string() }), 'output');
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  // Spread drops zod's non-enumerable "~standard" helper so the result is plain data.
  return { ...z.toJSONSchema(schema, { io, target: 'draft-2020-12' }) };
}
