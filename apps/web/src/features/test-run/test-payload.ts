import type { FlowTrigger } from '@tributary/workflows/flow-definition';
import { findJsonSyntaxError } from '../field-mapping/json-syntax-error';

/**
 * The trigger data a test run starts with, as the run sees it in `$trigger`.
 * The examples have the shape a real run of the trigger kind receives, so
 * expressions written against a test run work unchanged once published:
 * a webhook run gets `{ body, headers, query }` (apps/api/src/hooks/webhook-payload.ts),
 * a schedule `{ scheduledAt, payload }`, a manual run the JSON it was started with.
 */
export function examplePayload(trigger: FlowTrigger, now: Date = new Date()): unknown {
  switch (trigger.kind) {
    case 'webhook':
      return { body: {}, headers: {}, query: {} };
    case 'schedule':
      return { scheduledAt: now.toISOString(), payload: trigger.payload ?? null };
    case 'manual':
    case 'poll':
    case 'subscription':
      return {};
  }
}

/** The payload as the editor shows it: indented JSON. */
export function payloadText(payload: unknown): string {
  return JSON.stringify(payload ?? null, null, 2);
}

export type ParsedPayload = { ok: true; payload: unknown } | { ok: false; message: string };

/** The payload typed into the editor, or why it is not JSON (with line and column). */
export function parsePayloadText(text: string): ParsedPayload {
  if (text.trim() === '') return { ok: false, message: 'Enter the trigger data as JSON, e.g. {} (or null for none).' };
  const syntaxError = findJsonSyntaxError(text);
  if (syntaxError) {
    return {
      ok: false,
      message: `Not valid JSON at line ${syntaxError.line}, column ${syntaxError.column}: ${syntaxError.message}`,
    };
  }
  return { ok: true, payload: JSON.parse(text) as unknown };
}
