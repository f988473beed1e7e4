import { describe, expect, it } from 'vitest';
import { checkConnection } from '../check-connection';
import { connectorManifest, toJsonSchema } from '../connector-manifest';
import { ACTION_NAME_PATTERN } from '../define-action';
import { CONNECTOR_NAME_PATTERN, type Connector } from '../define-connector';
import { schemaFields, type JsonSchema } from '../secret-fields';

/** Connection field names that hold credentials by convention; such fields must be marked with `secret()`. */
const CREDENTIAL_FIELD = /(password|passphrase|secret|token|api[-_]?key|private[-_]?key|credentials?)$/i;

/**
 * The checks every connector must pass, as a vitest suite. Call it at the top
 * level of a test file in the connector's `test/` folder.
 *
 * @example
 * // connectors/erp/test/conformance.test.ts
 * import { describeConnectorConformance } from '@tributary/connector-sdk/testing/conformance';
 * import connector from '../src/index';
 * describeConnectorConformance(connector);
 */
export function describeConnectorConformance(connector: Connector): void {
  describe(`connector "${connector.name}" conformance`, () => {
    it('has a package-like name, a semantic version and a display name', () => {
      expect(connector.name).toMatch(CONNECTOR_NAME_PATTERN);
      expect(connector.version).toMatch(/^\d+\.\d+\.\d+/);
      expect(connector.displayName.trim()).not.toBe('');
    });

    it('declares at least one action', () => {
      expect(Object.keys(connector.actions).length).toBeGreaterThan(0);
    });

    for (const [key, action] of Object.entries(connector.actions)) {
      describe(`action "${key}"`, () => {
        it('is listed under its own name and has a display name', () => {
          expect(action.name).toBe(key);
          expect(key).toMatch(ACTION_NAME_PATTERN);
          expect(action.displayName.trim()).not.toBe('');
        });

        it('has an object input schema that converts to JSON Schema, since flow steps pass inputs as objects', () => {
          expect(toJsonSchema(action.input, 'input').type).toBe('object');
        });

        it('has an output schema that converts to JSON Schema', () => {
          expect(() => toJsonSchema(action.output, 'output')).not.toThrow();
        });
      });
    }

    for (const [key, trigger] of Object.entries(connector.triggers ?? {})) {
      describe(`trigger "${key}"`, () => {
        it('is listed under its own name and has a display name', () => {
          expect(trigger.name).toBe(key);
          expect(key).toMatch(ACTION_NAME_PATTERN);
          expect(trigger.displayName.trim()).not.toBe('');
        });

        it('has an object input schema that converts to JSON Schema, since a flow configures a trigger with an object', () => {
          expect(toJsonSchema(trigger.input, 'input').type).toBe('object');
        });

        it('has a payload schema that converts to JSON Schema, since it types $trigger in the editor', () => {
          expect(() => toJsonSchema(trigger.payload, 'output')).not.toThrow();
        });

        it('implements its type: poll for a polling trigger, subscribe for a subscription', () => {
          if (trigger.type === 'polling') expect(typeof trigger.poll).toBe('function');
          else expect(typeof trigger.subscribe).toBe('function');
        });
      });
    }

    it('produces a manifest that survives a JSON round trip unchanged', () => {
      const manifest = connectorManifest(connector);
      expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
    });

    it('says in its manifest whether "Test connection" can run a check', () => {
      expect(connectorManifest(connector).hasCheck).toBe(typeof connector.check === 'function');
    });

    // Only for connectors with a check whose auth needs something: an empty connection must be refused before the check calls out.
    if (connector.check !== undefined && !connector.auth.safeParse({}).success) {
      it('validates a connection against its auth schema before its check runs', async () => {
        await expect(checkConnection(connector, { auth: {} })).rejects.toMatchObject({ code: 'INVALID_CONNECTION' });
      });
    }

    it('marks every credential-looking connection field as secret and write-only', () => {
      const fields = schemaFields(toJsonSchema(connector.auth, 'input'));
      const unmarked = fields
        .filter((field) => CREDENTIAL_FIELD.test(lastSegment(field.path)) && !field.secret)
        .map((field) => field.path);
      expect(unmarked, 'credential fields without secret()').toEqual([]);
      const notWriteOnly = fields
        .filter((field) => field.secret && !isWriteOnly(field.schema))
        .map((field) => field.path);
      expect(notWriteOnly, 'secret fields without writeOnly').toEqual([]);
    });
  });
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1);
}

function isWriteOnly(schema: JsonSchema | boolean): boolean {
  return typeof schema === 'object' && schema.writeOnly === true;
}
