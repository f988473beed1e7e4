/** The embedded PostgreSQL could not start: its port or its data directory is taken. */
export class EmbeddedPostgresError extends Error {
  override readonly name = 'EmbeddedPostgresError';
  constructor(
    readonly code: 'EMBEDDED_POSTGRES_PORT_IN_USE' | 'EMBEDDED_POSTGRES_DATA_DIR_IN_USE',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
