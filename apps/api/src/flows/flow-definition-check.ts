import { FlowDefinition, formatPath } from '@tributary/workflows/flow-definition';

/** One problem of a definition, located both ways: `definition.steps[1].connector` and `/definition/steps/1/connector`. */
export interface DefinitionProblem {
  path: string;
  /** RFC 6901 JSON pointer into the request body */
  pointer: string;
  message: string;
}

export type DefinitionCheck = { ok: true; flow: FlowDefinition } | { ok: false; problems: DefinitionProblem[] };

/**
 * `validateFlowDefinition` with the raw path segments kept: the same schema,
 * the same messages and the same formatted paths, plus a JSON pointer that
 * stays exact when a key contains "." or "[" (an `input` field named
 * "a.b" cannot be told apart from a nested one in the dotted form).
 * `under` is where the definition sits in the request body.
 */
export function checkFlowDefinition(value: unknown, under: (string | number)[] = ['definition']): DefinitionCheck {
  const result = FlowDefinition.safeParse(value);
  if (result.success) return { ok: true, flow: result.data };
  return { ok: false, problems: result.error.issues.map((issue) => locate([...under, ...issue.path], issue.message)) };
}

export function locate(segments: readonly PropertyKey[], message: string): DefinitionProblem {
  return { path: formatPath(segments), pointer: jsonPointer(segments), message };
}

export function jsonPointer(segments: readonly PropertyKey[]): string {
  return segments.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
