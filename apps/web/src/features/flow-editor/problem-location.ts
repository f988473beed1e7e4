import type { FlowDefinition } from '@tributary/workflows/flow-definition';

/** A validation problem placed on the canvas: on a step, on the trigger, or on the flow as a whole. */
export interface LocatedProblem {
  /** the step id, "trigger", or null for the flow itself (`vars`, `output`, …) */
  stepId: string | null;
  /** relative to the step (or trigger): "input.url", "cases[0].when"; "" for the step itself */
  path: string;
  message: string;
  /** where the API said it is, for the problem list */
  source: string;
}

/** A problem as the API reports it: a dotted path, a JSON pointer, or both. */
export interface ReportedProblem {
  path?: string;
  pointer?: string;
  message: string;
}

/**
 * Finds the innermost step a problem is about. The API reports
 * `/definition/steps/1/then/0/input/url` (or `definition.steps[1].then[0].input.url`);
 * walking the definition along it, every object with an `id` and a `kind`
 * reached through an array index is a step, and the last one wins.
 */
export function locateProblem(definition: FlowDefinition, problem: ReportedProblem): LocatedProblem {
  const source = problem.pointer ?? problem.path ?? '';
  const segments =
    problem.pointer !== undefined ? pointerSegments(problem.pointer) : dottedSegments(problem.path ?? '');
  const relative = segments[0] === 'definition' ? segments.slice(1) : segments;
  if (relative[0] === 'trigger') {
    return { stepId: 'trigger', path: formatSegments(relative.slice(1)), message: problem.message, source };
  }
  let value: unknown = definition;
  let stepId: string | null = null;
  let rest = relative;
  relative.forEach((segment, index) => {
    const container = value;
    value = child(container, segment);
    if (Array.isArray(container) && isStep(value)) {
      stepId = value.id;
      rest = relative.slice(index + 1);
    }
  });
  return {
    stepId,
    path: stepId === null ? formatSegments(relative) : formatSegments(rest),
    message: problem.message,
    source,
  };
}

export function locateProblems(definition: FlowDefinition, problems: ReportedProblem[]): LocatedProblem[] {
  return problems.map((problem) => locateProblem(definition, problem));
}

/** "path: message", or the message alone for a problem of the step itself. */
export function problemText(problem: Pick<LocatedProblem, 'path' | 'message'>): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message;
}

/** RFC 6901: "/a/b~1c/0" → ["a", "b/c", 0] */
export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

/** "definition.steps[1].input.url" → ["definition", "steps", 1, "input", "url"] */
export function dottedSegments(path: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return segments;
}

function formatSegments(segments: (string | number)[]): string {
  return segments.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    return out === '' ? segment : `${out}.${segment}`;
  }, '');
}

function child(value: unknown, segment: string | number): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as Record<string | number, unknown>)[segment];
}

function isStep(value: unknown): value is { id: string; kind: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { id?: unknown }).id === 'string' &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}
