/** A validation problem of one step; `path` is relative to the step ("input.url", "cases[0].when", "" = the step). */
export interface StepProblem {
  path: string;
  message: string;
}

/** The messages of problems at exactly `path`, joined for display under that field. */
export function problemAt(problems: readonly StepProblem[], path: string): string | undefined {
  const messages = problems.filter((problem) => problem.path === path).map((problem) => problem.message);
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/**
 * Problems under `prefix` keyed by their path below it, in the schema form's
 * dotted form: "input.lines[0].qty" under "input" → "lines.0.qty". A problem
 * about the prefix itself is keyed "".
 */
export function problemsUnder(problems: readonly StepProblem[], prefix: string): Record<string, string> {
  const byPath: Record<string, string> = {};
  for (const problem of problems) {
    const relative = relativePath(problem.path, prefix);
    if (relative === undefined) continue;
    const key = relative.replace(/\[(\d+)\]/g, '.$1').replace(/^\./, '');
    byPath[key] = byPath[key] ? `${byPath[key]} ${problem.message}` : problem.message;
  }
  return byPath;
}

function relativePath(path: string, prefix: string): string | undefined {
  if (path === prefix) return '';
  if (path.startsWith(`${prefix}.`)) return path.slice(prefix.length + 1);
  if (path.startsWith(`${prefix}[`)) return path.slice(prefix.length);
  return undefined;
}
