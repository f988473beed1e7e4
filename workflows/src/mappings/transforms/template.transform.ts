import { z } from 'zod';
import { parseMappingPath, readPath, type PathSegment } from '../mapping-path';
import type { TransformFunction } from './transform-function';

/**
 * Builds text around the value: `WO-{{value}}/{{source.site}}`. Placeholders
 * are `{{value}}` and `{{source.<path>}}` (a path into the source record,
 * `{{source["Job No."]}}` for odd keys); a
 * placeholder with nothing behind it renders as "", objects render as JSON.
 */
export const TemplateTransform = z
  .object({
    kind: z.literal('template'),
    template: z.string().min(1),
  })
  .strict()
  .superRefine(({ template }, ctx) => {
    const parsed = parseTemplate(template);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', path: ['template'], message: parsed.message });
  });
export type TemplateTransform = z.infer<typeof TemplateTransform>;

type TemplatePart = string | { from: 'value' } | { from: 'source'; segments: PathSegment[] };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function compileTemplate(transform: TemplateTransform): TransformFunction {
  const parsed = parseTemplate(transform.template);
  if (!parsed.ok) throw new Error(parsed.message);
  const parts = parsed.parts;
  return (value, source) => {
    let out = '';
    for (const part of parts) {
      if (typeof part === 'string') out += part;
      else out += render(part.from === 'value' ? value : readPath(source, part.segments));
    }
    return out;
  };
}

function parseTemplate(template: string): { ok: true; parts: TemplatePart[] } | { ok: false; message: string } {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (match.index > last) parts.push(template.slice(last, match.index));
    last = match.index + match[0].length;
    if (name === 'value') {
      parts.push({ from: 'value' });
      continue;
    }
    const path = /^source[.[]/.test(name) ? parseMappingPath(name.slice(name[6] === '.' ? 7 : 6)) : null;
    if (!path?.ok) {
      const reason = path && !path.ok ? `: ${path.message}` : '';
      return { ok: false, message: `unknown placeholder {{${name}}}: use {{value}} or {{source.<path>}}${reason}` };
    }
    parts.push({ from: 'source', segments: path.segments });
  }
  if (last < template.length) parts.push(template.slice(last));
  return { ok: true, parts };
}

function render(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
