/** What a redacted value is replaced with. */
export const REDACTED = '[REDACTED]';

/**
 * Field names whose values are treated as secret whatever they contain, so a
 * header map or a request description logged by mistake stays safe.
 */
const SECRET_KEY_PATTERN =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[-_]?key|apikey|password|passwd|secret|client[-_]?secret|token|access[-_]?token|refresh[-_]?token)$/i;

export interface SecretRedactor {
  /** the same text with every known secret replaced by `[REDACTED]` */
  text(text: string): string;
  /** a redacted deep copy; errors become `{ name, message, code? }`, cycles are cut */
  value(value: unknown): unknown;
  /** a redactor that also knows `secrets` */
  with(secrets: Iterable<string>): SecretRedactor;
}

/**
 * Builds a redactor for known secret values (tokens, passwords, API keys).
 * Each value is also matched in its URL-encoded form, because secrets travel in query strings.
 *
 * @example
 * const redactor = createSecretRedactor([auth.token]);
 * redactor.text(`token ${auth.token} rejected`); // 'token [REDACTED] rejected'
 */
export function createSecretRedactor(secrets: Iterable<string> = []): SecretRedactor {
  const known = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length === 0) continue;
    known.add(secret);
    known.add(encodeURIComponent(secret));
    known.add(new URLSearchParams({ s: secret }).toString().slice(2));
  }
  // Longest first, so a secret that contains another is replaced whole.
  const ordered = [...known].sort((a, b) => b.length - a.length);

  const text = (input: string): string => {
    let output = input;
    for (const secret of ordered) output = output.split(secret).join(REDACTED);
    return output;
  };

  const value = (input: unknown): unknown => redactValue(input, text, new WeakSet());

  return { text, value, with: (more) => createSecretRedactor([...known, ...more]) };
}

function redactValue(input: unknown, text: (s: string) => string, seen: WeakSet<object>): unknown {
  if (typeof input === 'string') return text(input);
  if (typeof input !== 'object' || input === null) return input;
  if (seen.has(input)) return '[Circular]';
  seen.add(input);

  if (input instanceof Error) {
    const code = 'code' in input ? input.code : undefined;
    return { name: input.name, message: text(input.message), ...(typeof code === 'string' ? { code } : {}) };
  }
  if (Array.isArray(input)) return input.map((item) => redactValue(item, text, seen));
  if (input instanceof Date) return input.toISOString();

  const output: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(input)) {
    output[key] =
      SECRET_KEY_PATTERN.test(key) && item !== undefined && item !== null ? REDACTED : redactValue(item, text, seen);
  }
  return output;
}
