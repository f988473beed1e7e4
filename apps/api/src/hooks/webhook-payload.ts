import type { IncomingHttpHeaders } from 'node:http';

/** What a webhook run receives as `$trigger`. */
export interface WebhookPayload {
  body: unknown;
  query: Record<string, unknown>;
  headers: Record<string, string | string[]>;
}

/**
 * Builds the trigger payload of a webhook run. The payload is written into
 * Temporal history for good, so credentials in headers are dropped here,
 * before anything else sees them.
 */
export function buildWebhookPayload(request: {
  body: unknown;
  query: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}): WebhookPayload {
  return { body: request.body ?? null, query: { ...request.query }, headers: redactHeaders(request.headers) };
}

const DROPPED_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'api-key', 'apikey']);
const DROPPED_FRAGMENTS = ['secret', 'token', 'signature', 'password', 'session'];

/** Header names are case-insensitive; Node already gives them in lower case. */
export function redactHeaders(headers: IncomingHttpHeaders): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || isSensitiveHeader(lower)) continue;
    kept[lower] = value;
  }
  return kept;
}

export function isSensitiveHeader(lowerCaseName: string): boolean {
  return DROPPED_HEADERS.has(lowerCaseName) || DROPPED_FRAGMENTS.some((fragment) => lowerCaseName.includes(fragment));
}
