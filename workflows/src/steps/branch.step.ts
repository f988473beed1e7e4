import type { IfStep, SwitchStep } from '../definition/flow-steps';
import { evaluateExpression } from '../expressions/expression-value';
import type { StepContext } from '../engine/step-context';

/** `if`: a truthy condition (JSONata's boolean rules) runs `then`, otherwise `else`. */
export async function runIfStep(step: IfStep, ctx: StepContext): Promise<unknown> {
  const condition = await evaluateExpression(stripEquals(step.condition), ctx.scope, 'condition');
  const taken = truthy(condition);
  ctx.progress.branch = taken ? 'then' : 'else';
  const block = taken ? step.then : step.else;
  const output = block ? await ctx.runBlock(block, ctx.scope) : undefined;
  return { branch: ctx.progress.branch, output: output ?? null };
}

/** `switch`: the first case whose `when` equals the value (or contains it, for a list) runs; else `default`. */
export async function runSwitchStep(step: SwitchStep, ctx: StepContext): Promise<unknown> {
  const value = await evaluateExpression(stripEquals(step.value), ctx.scope, 'value');
  const index = step.cases.findIndex((entry) =>
    Array.isArray(entry.when) ? entry.when.some((when) => sameJson(when, value)) : sameJson(entry.when, value),
  );
  const block = index >= 0 ? step.cases[index]?.steps : step.default;
  ctx.progress.branch = index >= 0 ? `case ${index}` : 'default';
  const output = block ? await ctx.runBlock(block, ctx.scope) : undefined;
  return { branch: ctx.progress.branch, value: value ?? null, output: output ?? null };
}

export function stripEquals(source: string): string {
  return source.startsWith('=') ? source.slice(1) : source;
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(truthy);
  if (value !== null && typeof value === 'object') return Object.keys(value).length > 0;
  return Boolean(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
