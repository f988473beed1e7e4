// Errors of the migration functions. Messages name host, port and database but
// never the credentials of the DATABASE_URL.

export class DatabaseUnreachableError extends Error {
  readonly code = 'DATABASE_UNREACHABLE';
  override readonly name = 'DatabaseUnreachableError';
  constructor(host: string, port: number, options?: { cause?: unknown }) {
    super(`cannot reach PostgreSQL at ${host}:${port} — is it running? set DATABASE_URL`, options);
  }
}

export class DatabaseAuthenticationError extends Error {
  readonly code = 'DATABASE_AUTHENTICATION_FAILED';
  override readonly name = 'DatabaseAuthenticationError';
  constructor(host: string, port: number, user: string | undefined, options?: { cause?: unknown }) {
    super(
      `PostgreSQL at ${host}:${port} rejected role "${user ?? '(default)'}" — check the user and password in DATABASE_URL`,
      options,
    );
  }
}

export class DatabaseNotFoundError extends Error {
  readonly code = 'DATABASE_NOT_FOUND';
  override readonly name = 'DatabaseNotFoundError';
  constructor(database: string, host: string, port: number, options?: { cause?: unknown }) {
    super(
      `database "${database}" does not exist on PostgreSQL at ${host}:${port} — create it with \`npm run db:migrate\` (or ensureDatabaseExists())`,
      options,
    );
  }
}

/** The schema engine refused or failed; `engineCode` is Prisma's error code (e.g. "P3006") when it gave one. */
export class MigrationEngineError extends Error {
  readonly code = 'MIGRATION_ENGINE_FAILED';
  override readonly name = 'MigrationEngineError';
  constructor(
    message: string,
    readonly engineCode?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class InvalidMigrationNameError extends Error {
  readonly code = 'MIGRATION_NAME_INVALID';
  override readonly name = 'InvalidMigrationNameError';
}
