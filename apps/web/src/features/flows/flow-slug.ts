/**
 * The API's slug rule (apps/api/src/flows/flows.schemas.ts, FlowSlug): 1–63
 * characters, lower-case letters, digits and "-", starting with a letter or
 * digit. Checked here too so the form says what is wrong before submitting.
 */
export const FLOW_SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;
export const FLOW_SLUG_MAX_LENGTH = 63;

/** "Orders → ERP (Zürich)" → "orders-erp-zurich": the slug a new flow gets until the user edits it. */
export function slugFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '');
  return slug.slice(0, FLOW_SLUG_MAX_LENGTH).replace(/-+$/, '');
}

/** Why `slug` is not a valid flow slug, in words that say how to fix it; null when it is valid. */
export function slugProblem(slug: string): string | null {
  if (slug === '') return 'Enter a slug: lower-case letters, digits and "-".';
  if (slug.length > FLOW_SLUG_MAX_LENGTH) {
    return `A slug has at most ${FLOW_SLUG_MAX_LENGTH} characters; this one has ${slug.length}.`;
  }
  const invalid = [...new Set(slug.replace(/[a-z0-9-]/g, ''))];
  if (invalid.length > 0) {
    const shown = invalid.map((character) => (character === ' ' ? 'space' : `"${character}"`)).join(', ');
    return `A slug may contain only lower-case letters a–z, digits and "-"; remove ${shown}.`;
  }
  if (!FLOW_SLUG_PATTERN.test(slug)) return 'A slug starts with a lower-case letter or a digit, not "-".';
  return null;
}

/**
 * Slugs to try, in order, for a copy of the flow `slug`: "<slug>-copy",
 * "<slug>-copy-2", … Each fits the length limit by shortening the original
 * part, so a copy of a 63-character slug is still valid.
 */
export function copySlugCandidates(slug: string, count: number): string[] {
  const candidates: string[] = [];
  for (let n = 1; n <= count; n += 1) {
    const suffix = n === 1 ? '-copy' : `-copy-${n}`;
    const base = slug.slice(0, FLOW_SLUG_MAX_LENGTH - suffix.length).replace(/-+$/, '');
    candidates.push(`${base}${suffix}`);
  }
  return candidates;
}
