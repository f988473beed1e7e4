import type { MapRule, MapStep } from '../definition/flow-steps';
import { evaluateTemplate, scopeBindings, type ExpressionScope } from '../expressions/expression-value';
import { compileMapping } from '../mappings/compile-mapping';
import type { FieldMappingDefinition } from '../mappings/field-mapping';
import { mappingKey } from '../run-flow.contract';
import type { StepContext } from '../engine/step-context';
import { FlowError } from '../engine/step-failure';

/**
 * Shapes data inside the workflow: mapping is pure, so it needs no activity
 * and replays identically. Inline `rules` build an object from templates; a
 * field mapping (inline or stored, pinned to a version) reads `source` and
 * fails the step with every field error at once.
 */
export async function runMapStep(step: MapStep, ctx: StepContext): Promise<unknown> {
  return evaluateMapStep(step, ctx.scope, ctx.run.mappings);
}

/**
 * The map step without a run around it, shared with "test this step"
 * (test-step.workflow.ts). `onSource` sees the record a field mapping reads
 * before it is mapped, so a failed mapping can still show what it read.
 */
export async function evaluateMapStep(
  step: MapStep,
  scope: ExpressionScope,
  mappings: Record<string, FieldMappingDefinition>,
  onSource?: (source: unknown) => void,
): Promise<unknown> {
  if (step.rules) return applyRules(step.rules, scope);
  const definition = mappingFor(step, mappings);
  const source = await evaluateTemplate(step.source ?? '=$trigger.body', scope, 'source');
  onSource?.(source);
  const mapping = compileMapping(definition);
  const bindings = scopeBindings(scope);
  if (!step.each) return outputOrFail(mapping.apply(source, bindings), step.id);
  if (!Array.isArray(source)) {
    throw new FlowError('map_source_not_a_list', `step "${step.id}" maps each element, but its source is not a list`);
  }
  const outputs: unknown[] = [];
  for (const [index, record] of source.entries()) {
    outputs.push(outputOrFail(mapping.apply(record, bindings), step.id, index));
  }
  return outputs;
}

function mappingFor(step: MapStep, mappings: Record<string, FieldMappingDefinition>): FieldMappingDefinition {
  if (step.mapping) return step.mapping;
  const ref = step.mappingRef;
  const stored = ref ? mappings[mappingKey(ref.id, ref.version)] : undefined;
  if (!ref || !stored) {
    throw new FlowError(
      'mapping_not_found',
      `step "${step.id}" uses mapping ${ref ? mappingKey(ref.id, ref.version) : '(none)'}, which was not resolved when the run started`,
    );
  }
  return stored;
}

function outputOrFail(
  result: { ok: boolean; output: unknown; errors: { path: string; code: string; message: string }[] },
  stepId: string,
  index?: number,
): unknown {
  if (result.ok) return result.output;
  const where = index === undefined ? '' : ` (record ${index})`;
  const summary = result.errors.map((error) => `${error.path}: ${error.message}`).join('; ');
  throw new FlowError('mapping_failed', `step "${stepId}" could not map${where}: ${summary}`, {
    errors: result.errors,
  });
}

async function applyRules(rules: MapRule[], scope: ExpressionScope): Promise<unknown> {
  const output: Record<string, unknown> = {};
  for (const [index, rule] of rules.entries()) {
    const value = await evaluateTemplate(rule.from, scope, `rules[${index}].from`);
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
