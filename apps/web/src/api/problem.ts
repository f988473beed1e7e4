import { z } from 'zod';

/**
 * An RFC 9457 problem document as the Tributary API sends it
 * (`application/problem+json`). Field errors come from request validation.
 */
export const Problem = z.object({
  type: z.string().optional(),
  title: z.string(),
  status: z.number().int().optional(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z
    .array(
      z.object({
        // Accept both "a.b" and ["a", "b"] so a change of the API's path format does not hide the message.
        path: z.union([z.string(), z.array(z.union([z.string(), z.number()])).transform((parts) => parts.join('.'))]),
        message: z.string(),
      }),
    )
    .optional(),
});
export type Problem = z.infer<typeof Problem>;

/** What a failed HTTP response means to the UI. */
export type ErrorResponseMeaning = { kind: 'problem'; problem: Problem } | { kind: 'unreachable' };

/** Gateway statuses that a proxy (Vite's dev proxy, nginx) answers with when the API itself is down. */
const GATEWAY_STATUSES = new Set([502, 503, 504]);

/**
 * Decides what a non-2xx response means. A problem document is shown as is; a
 * bare gateway error or an empty 500 (what a proxy sends when it cannot reach
 * the API) means "API unreachable"; anything else becomes a problem built from
 * the status so the user still sees what happened.
 */
export function interpretErrorResponse(status: number, contentType: string | null, body: string): ErrorResponseMeaning {
  const parsed = parseJsonObject(body);
  const problem = parsed === undefined ? undefined : Problem.safeParse(parsed);
  if (problem?.success) {
    return { kind: 'problem', problem: { ...problem.data, status: problem.data.status ?? status } };
  }
  const looksLikeProxyFailure = GATEWAY_STATUSES.has(status) || (status === 500 && body.trim() === '');
  if (looksLikeProxyFailure && !isProblemContentType(contentType)) return { kind: 'unreachable' };
  return {
    kind: 'problem',
    problem: { title: statusTitle(status), status, detail: summarizeBody(body) },
  };
}

function isProblemContentType(contentType: string | null): boolean {
  return contentType?.toLowerCase().startsWith('application/problem+json') ?? false;
}

function parseJsonObject(body: string): unknown {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

function statusTitle(status: number): string {
  if (status === 404) return 'Not found';
  if (status === 401 || status === 403) return 'Not allowed';
  if (status >= 500) return `The API failed (HTTP ${status})`;
  return `Request failed (HTTP ${status})`;
}

/** HTML error pages are noise in a banner; short plain text is worth showing. */
function summarizeBody(body: string): string | undefined {
  const text = body.trim();
  if (text === '' || text.startsWith('<')) return undefined;
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
