import type { FieldMappingDefinition } from '@tributary/workflows/mappings/field-mapping';
import { useEffect, useState } from 'react';
import { previewMappingDraft, type MappingDraftPreview } from './mapping-draft-preview';
import type { JsonSchema } from './target-fields';

const PREVIEW_DELAY_MS = 250;

/** The engine's preview of the mapping over the sample, recomputed once editing pauses; null before the first one. */
export function useMappingPreview(
  definition: FieldMappingDefinition,
  source: unknown,
  targetSchema: JsonSchema | undefined,
  bindings: Record<string, unknown>,
): MappingDraftPreview | null {
  const [preview, setPreview] = useState<MappingDraftPreview | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void previewMappingDraft(definition, source, { targetSchema, bindings }).then((next) => {
        if (current) setPreview(next);
      });
    }, PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [definition, source, targetSchema, bindings]);
  return preview;
}
