import { executeAction, type ConnectionHandle, type ConnectorLogger } from '@tributary/connector-sdk';
import connector from '../src/index';
import type { SendRequestInput } from '../src/actions/send-request.action';
import type { HttpAuth } from '../src/auth';

/** Runs the `request` action as the worker does (validation, redaction), with the connection in memory. */
export function runRequest(
  input: SendRequestInput,
  auth?: HttpAuth,
  options: { logger?: ConnectorLogger; connection?: ConnectionHandle } = {},
) {
  return executeAction(connector, 'request', {
    input,
    auth,
    idempotencyKey: 'run_test:step_http',
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.connection ? { connection: options.connection } : {}),
  });
}

/** Collects every log line as JSON, to check that no secret reaches the logs. */
export function capturingLogger(): ConnectorLogger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    void lines.push(JSON.stringify({ level, message, fields }));
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
