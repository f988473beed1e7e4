import type { MapStep } from '../flow-definition';
import { evaluateTemplate } from '../expressions/expression-value';
import type { StepContext } from './step-handler';

/**
 * Builds an object from mapping rules inside the workflow: mapping is pure, so
 * it needs no activity and replays identically.
 */
export async function runMapStep(step: MapStep, ctx: StepContext): Promise<unknown> {
  const output: Record<string, unknown> = {};
  for (const [index, rule] of step.rules.entries()) {
    const value = await evaluateTemplate(rule.from, ctx.scope, `rules[${index}].from`);
    if (value !== undefined) setPath(output, rule.target.split('.'), value);
  }
  return output;
}

function setPath(target: Record<string, unknown>, keys: string[], value: unknown): void {
  const [head, ...rest] = keys;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const child = target[head];
  const next = child !== null && typeof child === 'object' ? (child as Record<string, unknown>) : {};
  target[head] = next;
  setPath(next, rest, value);
}
