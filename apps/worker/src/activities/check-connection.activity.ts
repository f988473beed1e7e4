import { Context } from '@temporalio/activity';
import { checkConnection as runConnectorCheck, createSecretRedactor } from '@tributary/connector-sdk';
import type { CheckConnectionInput, ConnectionCheckResult } from '@tributary/workflows/test-connection.contract';
import type { ResolvedConnection } from '../connections/connection-secrets';
import type { ConnectorCatalog } from '../connectors/connector-catalog';
import type { Logger } from '../logger';
import { connectorLogger } from '../connectors/connector-logger';

export interface CheckConnectionDeps {
  catalog: ConnectorCatalog;
  resolveConnection(name: string): Promise<ResolvedConnection>;
  logger: Logger;
}

/**
 * "Test connection" in the worker: resolves and decrypts the connection,
 * validates it against its connector's auth schema and runs the connector's
 * `check`. Every outcome is returned as data with the connection's secret
 * values removed, because the result is recorded in workflow history and
 * shown to the user.
 */
export function createCheckConnection(deps: CheckConnectionDeps) {
  return async function checkConnection(request: CheckConnectionInput): Promise<ConnectionCheckResult> {
    const started = Date.now();
    let secretValues: string[] = [];
    const finished = () => ({ checkedAt: new Date().toISOString(), durationMs: Date.now() - started });
    try {
      const connection = await deps.resolveConnection(request.connection);
      secretValues = connection.secretValues;
      const connector = deps.catalog.find(connection.connectorName);
      if (!connector) {
        return {
          ok: false,
          ...finished(),
          error: {
            code: 'connector_not_found',
            message: `connector "${connection.connectorName}" is not loaded in this worker`,
          },
        };
      }
      const outcome = await runConnectorCheck(connector, {
        auth: connection.auth,
        secrets: secretValues,
        logger: connectorLogger(deps.logger.child({ connector: connector.name, check: connection.name })),
        signal: Context.current().cancellationSignal,
      });
      return outcome.checked
        ? { ok: true, ...finished(), verified: 'connection', ...(outcome.message ? { message: outcome.message } : {}) }
        : {
            ok: true,
            ...finished(),
            verified: 'schema',
            message: `connector "${connector.name}" has no connection check: only the settings were validated against its schema`,
          };
    } catch (error) {
      const redactor = createSecretRedactor(secretValues);
      const code =
        typeof (error as { code?: unknown }).code === 'string' ? (error as { code: string }).code : 'CHECK_FAILED';
      const message = redactor.text(error instanceof Error ? error.message : String(error));
      return { ok: false, ...finished(), error: { code, message } };
    }
  };
}
