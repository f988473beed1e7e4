import type { FlowStep } from './flow-steps';
import { flattenSteps, type VisitedStep } from './step-tree';
import { findExpressionProblems, type ExpressionSite } from './expression-references';
import { parseDuration } from './duration';

/**
 * Checks a structurally valid flow for what the schema alone cannot see:
 * duplicate ids, references to steps that do not exist or have not run yet,
 * `$item` outside a loop, expressions that do not parse, contradictory
 * options. Every problem is reported at publish time, with its JSON path,
 * so none of them can surface in the middle of a run.
 */

export interface FlowProblem {
  path: (string | number)[];
  message: string;
}

interface FlowShape {
  trigger: { kind: string; businessKey?: { expression: string } };
  vars?: Record<string, unknown>;
  steps: FlowStep[];
  output?: unknown;
}

export function findFlowProblems(flow: FlowShape): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const visited = flattenSteps(flow.steps);
  const order = new Map<string, number>();
  const ancestry = new Map<string, string | undefined>(visited.map((entry) => [entry.step.id, entry.parentId]));

  visited.forEach((entry, index) => {
    const first = order.get(entry.step.id);
    if (first !== undefined) {
      problems.push({
        path: [...entry.path, 'id'],
        message: `duplicate step id "${entry.step.id}" (first used at ${describePath(visited[first]?.path ?? [])})`,
      });
    } else {
      order.set(entry.step.id, index);
    }
  });

  const stepIsVisibleFrom = (referenced: string, from: VisitedStep, fromIndex: number, site: ExpressionSite) => {
    const at = order.get(referenced);
    if (at === undefined) return `refers to step "${referenced}", which does not exist`;
    // an error handler reads the failed step's `$steps.<id>.error`
    if (from.handlerOf.includes(referenced)) return null;
    // forEach `collect` runs after the body of each iteration
    if (site.inLoop && from.step.kind === 'forEach' && isAncestor(from.step.id, referenced, ancestry)) return null;
    if (isAncestor(referenced, from.step.id, ancestry)) {
      return `refers to step "${referenced}" from inside it; its output exists only after it finishes`;
    }
    if (at >= fromIndex && referenced !== from.step.id) {
      return `refers to step "${referenced}", which runs after this one`;
    }
    return null;
  };

  visited.forEach((entry, index) => {
    problems.push(...stepOptionProblems(entry));
    for (const site of expressionSites(entry)) {
      problems.push(
        ...findExpressionProblems(site, {
          stepReference: (id) => {
            if (id === entry.step.id && !site.mayReferenceSelf) {
              return `refers to its own step "${id}"; a step's output exists only after it finishes`;
            }
            return stepIsVisibleFrom(id, entry, index, site);
          },
          loopVariablesAllowed: entry.inLoop || site.inLoop === true,
        }),
      );
    }
  });

  const businessKey = flow.trigger.businessKey?.expression;
  if (businessKey) {
    problems.push(
      ...findExpressionProblems(
        { path: ['trigger', 'businessKey', 'expression'], source: businessKey, mayReferenceSelf: false },
        {
          stepReference: () => 'a business key is computed before any step runs; use $trigger only',
          loopVariablesAllowed: false,
        },
      ),
    );
  }
  for (const [name, value] of Object.entries(flow.vars ?? {})) {
    for (const site of templateSites(value, ['vars', name])) {
      problems.push(
        ...findExpressionProblems(site, {
          stepReference: () => 'vars are computed before any step runs; use $trigger and $run only',
          loopVariablesAllowed: false,
        }),
      );
    }
  }
  for (const site of templateSites(flow.output, ['output'])) {
    problems.push(
      ...findExpressionProblems(site, {
        stepReference: (id) => (order.has(id) ? null : `refers to step "${id}", which does not exist`),
        loopVariablesAllowed: false,
      }),
    );
  }
  return problems;
}

function stepOptionProblems({ step, path }: VisitedStep): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const add = (field: (string | number)[], message: string) => problems.push({ path: [...path, ...field], message });
  switch (step.kind) {
    case 'map': {
      const given = (['rules', 'mapping', 'mappingRef'] as const).filter((key) => step[key] !== undefined);
      if (given.length !== 1)
        add(
          [],
          `a map step needs exactly one of rules, mapping or mappingRef (has ${given.length ? given.join(', ') : 'none'})`,
        );
      if (step.rules && step.source !== undefined)
        add(['source'], 'source applies to mapping/mappingRef; inline rules read the scope directly');
      break;
    }
    case 'wait':
      if ((step.duration === undefined) === (step.until === undefined))
        add([], 'a wait step needs exactly one of duration or until');
      if (step.duration !== undefined && parseDuration(step.duration) === null)
        add(['duration'], durationHint(step.duration));
      break;
    case 'waitForEvent':
      if (step.timeout !== undefined && parseDuration(step.timeout) === null)
        add(['timeout'], durationHint(step.timeout));
      if (step.onTimeout && step.timeout === undefined) add(['onTimeout'], 'onTimeout needs a timeout');
      break;
    case 'parallel': {
      const names = new Set<string>();
      step.branches.forEach((branch, index) => {
        if (names.has(branch.name)) add(['branches', index, 'name'], `duplicate branch name "${branch.name}"`);
        names.add(branch.name);
      });
      if (typeof step.wait === 'object' && step.wait.atLeast > step.branches.length) {
        add(['wait', 'atLeast'], `waits for ${step.wait.atLeast} branches but has only ${step.branches.length}`);
      }
      break;
    }
    default:
      break;
  }
  return problems;
}

function durationHint(value: string): string {
  return `"${value}" is not a duration; use ISO 8601 ("P30D", "PT15M") or "30 days", "15m", "90s"`;
}

/** Where a step holds expressions: templates (with "=") and expression fields (always JSONata). */
function expressionSites({ step, path }: VisitedStep): ExpressionSite[] {
  const sites: ExpressionSite[] = [];
  const template = (value: unknown, field: (string | number)[], mayReferenceSelf = false) =>
    sites.push(...templateSites(value, [...path, ...field], mayReferenceSelf));
  const expression = (source: string, field: (string | number)[]) =>
    sites.push({ path: [...path, ...field], source: stripEquals(source), mayReferenceSelf: false });

  switch (step.kind) {
    case 'action':
      template(step.input, ['input']);
      if (step.compensation) template(step.compensation.input, ['compensation', 'input'], true);
      break;
    case 'map':
      step.rules?.forEach((rule, index) => template(rule.from, ['rules', index, 'from']));
      template(step.source, ['source']);
      step.mapping?.rules.forEach((rule, index) => {
        if (rule.expression !== undefined) expression(rule.expression, ['mapping', 'rules', index, 'expression']);
      });
      break;
    case 'if':
      expression(step.condition, ['condition']);
      break;
    case 'switch':
      expression(step.value, ['value']);
      break;
    case 'forEach':
      expression(step.items, ['items']);
      sites.push(...templateSites(step.collect, [...path, 'collect']).map((site) => ({ ...site, inLoop: true })));
      break;
    case 'wait':
      template(step.until, ['until']);
      break;
    case 'waitForEvent':
      template(step.correlationKey, ['correlationKey']);
      template(step.approval?.prompt, ['approval', 'prompt']);
      break;
    case 'subflow':
      template(step.input, ['input']);
      break;
    case 'respond':
      template(step.headers, ['headers']);
      template(step.body, ['body']);
      break;
    case 'fail':
      template(step.message, ['message']);
      break;
    case 'parallel':
      break;
  }
  if (typeof step.onError === 'object' && step.onError.mode === 'continue') {
    template(step.onError.output, ['onError', 'output'], true);
  }
  return sites;
}

/** The "="-expressions inside a template, with their paths. */
export function templateSites(value: unknown, path: (string | number)[], mayReferenceSelf = false): ExpressionSite[] {
  if (typeof value === 'string') {
    if (value.startsWith('=') && !value.startsWith('==')) return [{ path, source: value.slice(1), mayReferenceSelf }];
    return [];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => templateSites(item, [...path, index], mayReferenceSelf));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => templateSites(item, [...path, key], mayReferenceSelf));
  }
  return [];
}

function stripEquals(source: string): string {
  return source.startsWith('=') ? source.slice(1) : source;
}

function isAncestor(candidate: string, of: string, parents: Map<string, string | undefined>): boolean {
  let current = parents.get(of);
  while (current !== undefined) {
    if (current === candidate) return true;
    current = parents.get(current);
  }
  return false;
}

function describePath(path: (string | number)[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
    '',
  );
}
