/**
 * "No secret appears in any API response, log line or audit record." Every
 * API the tests start remembers the secrets tests send it (connection
 * secrets, passwords, the admin key) and, when it closes, fails the test if
 * any of them shows up in what it answered, logged or audited.
 */
export class SecretLeakGuard {
  private readonly secrets = new Set<string>();
  private readonly answers: { where: string; text: string }[] = [];

  constructor(initial: string[]) {
    for (const secret of initial) this.remember(secret);
  }

  /** Learns the secrets in a request body: connection `secrets`, user passwords. */
  sent(method: string, path: string, body: unknown): void {
    if (!body || typeof body !== 'object' || !['POST', 'PUT', 'PATCH'].includes(method)) return;
    const record = body as Record<string, unknown>;
    if (path.startsWith('/v1/connections')) collectStrings(record.secrets).forEach((value) => this.remember(value));
    if (path.startsWith('/v1/setup') || path.startsWith('/v1/sessions')) {
      collectStrings(record.password).forEach((value) => this.remember(value));
    }
  }

  answered(where: string, text: string): void {
    this.answers.push({ where, text });
  }

  assertNoLeak(logLines: string[], auditRows: unknown[]): void {
    const places = [
      ...this.answers,
      ...logLines.map((text, index) => ({ where: `log line ${index + 1}`, text })),
      ...auditRows.map((row, index) => ({ where: `audit event ${index + 1}`, text: JSON.stringify(row) })),
    ];
    const leaks: string[] = [];
    for (const secret of this.secrets) {
      const place = places.find((candidate) => candidate.text.includes(secret));
      // Name the secret by its first characters only: the failure message must not leak it either.
      if (place) leaks.push(`a secret starting "${secret.slice(0, 3)}…" appears in ${place.where}`);
    }
    if (leaks.length > 0) throw new Error(`secret leak: ${leaks.join('; ')}`);
  }

  private remember(value: string): void {
    // Short values ("true", "1234") would match by accident and are not credentials anyway.
    if (value.length >= 8) this.secrets.add(value);
  }
}

function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}
