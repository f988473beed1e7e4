import { pointerSegments } from '../flow-editor/problem-location';

/** One RFC 6902 operation as the API's diff sends it. */
export interface PatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  value?: unknown;
  from?: string;
}

/**
 * A patch operation in words: "Changed steps[1].input.url to "https://…"",
 * "Added step createWorkOrder at steps[2]", "Removed steps[3]". Long values
 * are cut; the point is to see what changed, not to read the whole step.
 */
export function patchOperationText(operation: PatchOperation): string {
  const where = readablePath(operation.path);
  switch (operation.op) {
    case 'add':
      return isStep(operation.value)
        ? `Added step ${operation.value.id} at ${where}`
        : `Added ${where}: ${preview(operation.value)}`;
    case 'remove':
      return `Removed ${where}`;
    case 'replace':
      return `Changed ${where} to ${preview(operation.value)}`;
    case 'move':
      return `Moved ${readablePath(operation.from ?? '')} to ${where}`;
    case 'copy':
      return `Copied ${readablePath(operation.from ?? '')} to ${where}`;
    case 'test':
      return `Checked ${where}`;
  }
}

/** "/steps/1/input/url" → "steps[1].input.url"; the root is "the whole flow". */
export function readablePath(pointer: string): string {
  const segments = pointerSegments(pointer);
  if (segments.length === 0) return 'the whole flow';
  return segments.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    return out === '' ? segment : `${out}.${segment}`;
  }, '');
}

const PREVIEW_LENGTH = 80;

function preview(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1)}…` : text;
}

function isStep(value: unknown): value is { id: string; kind: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}
