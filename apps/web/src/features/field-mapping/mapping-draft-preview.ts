import { validateFieldMapping, type FieldMappingDefinition } from '@tributary/workflows/mappings/field-mapping';
import { formatMappingPath } from '@tributary/workflows/mappings/mapping-path';
import type { FieldError } from '@tributary/workflows/mappings/mapping-result';
import { previewMapping } from '@tributary/workflows/mappings/preview-mapping';
import { isMapped } from './mapping-rule-edit';
import type { JsonSchema } from './target-fields';

/** What the mapping makes of the sample, with each problem placed at the target it concerns. */
export interface MappingDraftPreview {
  /** the mapped output; null when no rule can run yet */
  output: Record<string, unknown> | null;
  /** problems by target path (a rule's target, or the place a target schema error points at) */
  errors: { target: string; message: string }[];
}

/**
 * Previews a mapping while it is being edited, with the engine's own
 * `previewMapping`. A draft is rarely valid as a whole — a half-typed path, a
 * placeholder waiting for its source — and an invalid definition maps
 * nothing, so rules that do not validate are reported at their row and left
 * out, and the rest still shows its output.
 */
export async function previewMappingDraft(
  definition: FieldMappingDefinition,
  source: unknown,
  options: { targetSchema?: JsonSchema; bindings?: Record<string, unknown> } = {},
): Promise<MappingDraftPreview> {
  const errors: MappingDraftPreview['errors'] = [];
  let rules = definition.rules.filter((rule) => isMapped(rule));
  const targetSchema = definition.targetSchema ?? (options.targetSchema as FieldMappingDefinition['targetSchema']);
  const draft: FieldMappingDefinition = { ...definition, rules, ...(targetSchema ? { targetSchema } : {}) };

  const validated = validateFieldMapping(draft);
  if (!validated.ok) {
    const failing = new Set<number>();
    for (const issue of validated.issues) {
      const ruleIndex = /^rules\[(\d+)\]/.exec(issue.path);
      const rule = ruleIndex ? rules[Number(ruleIndex[1])] : undefined;
      if (rule) {
        failing.add(Number(ruleIndex![1]));
        errors.push({ target: rule.target, message: issue.message });
      } else if (issue.path !== 'rules') {
        // "a mapping needs at least one rule" is what an empty editor shows anyway
        errors.push({ target: '', message: `${issue.path || 'mapping'}: ${issue.message}` });
      }
    }
    rules = rules.filter((_rule, index) => !failing.has(index));
  }
  if (rules.length === 0) return { output: null, errors };

  const { results } = await previewMapping({ ...draft, rules }, source, options.bindings);
  const result = results[0];
  if (!result) return { output: null, errors };
  for (const error of result.errors) errors.push({ target: errorTarget(error), message: error.message });
  return { output: result.output, errors };
}

/** Field errors name their rule's target; target schema errors a JSON pointer ("/asset/tag"). */
function errorTarget(error: FieldError): string {
  if (error.code !== 'schema_violation' || !error.path.startsWith('/')) return error.path;
  const segments = error.path
    .slice(1)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return formatMappingPath(segments);
}
