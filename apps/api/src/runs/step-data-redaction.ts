import { isSensitiveHeader } from '../hooks/webhook-payload';

export const REDACTED = '[redacted]';
const MAX_DEPTH = 32;

/**
 * A step's output or error details with secret-looking members
 * (`authorization`, `cookie`, `*token*`, `*secret*`, `*password*`, …)
 * replaced by "[redacted]", at any depth. Connection secrets never enter a
 * run's history, but an HTTP action's echoed request or response headers can
 * carry credentials the API must not show.
 */
export function redactStepData(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactStepData(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, member]) => [
      key,
      isSensitiveHeader(key.toLowerCase()) ? REDACTED : redactStepData(member, depth + 1),
    ]),
  );
}
