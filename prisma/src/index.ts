// Public surface of @tributary/db: the generated Prisma client and its types,
// migrations driven by the wasm schema engine, the connection secret cipher, the
// claim-check codec that keeps big Temporal payloads in Postgres, and an
// embedded PostgreSQL for zero-install local runs.
import type { startEmbeddedPostgres as StartEmbeddedPostgres } from './embedded-postgres';

export { createPrismaClient } from './prisma-client';
export { PrismaClient, Prisma } from '../generated/client/client';
export type {
  Connector,
  Connection,
  Flow,
  FlowVersion,
  FieldMapping,
  FieldMappingVersion,
  Trigger,
  Run,
  ApiKey,
  IdempotencyKey,
  AuditEvent,
  PayloadBlob,
  WebhookDelivery,
  RateLimitBucket,
  OAuthAuthorization,
  User,
  Session,
} from '../generated/client/client';

export { DEFAULT_DATABASE_URL, describeDatabaseUrl, InvalidDatabaseUrlError } from './database-url';
export {
  ensureDatabaseExists,
  migrateDatabase,
  migrationStatus,
  resetDatabase,
  resolveMigration,
  type MigrationSources,
  type MigrationStatus,
} from './migrate';
export { createMigration } from './create-migration';
export {
  DatabaseUnreachableError,
  DatabaseAuthenticationError,
  DatabaseNotFoundError,
  MigrationEngineError,
  InvalidMigrationNameError,
} from './migration.errors';
export { MIGRATIONS_DIR, SCHEMA_PATH } from './migrations-folder';

export {
  createConnectionSecretCipher,
  generateConnectionSecretKey,
  InvalidSecretKeyError,
  SecretEnvelopeError,
  SecretSerializationError,
  type ConnectionSecretCipher,
} from './connection-secret-cipher';
export {
  connectionSecretKeysFromEnv,
  parseConnectionSecretKeys,
  DEFAULT_CONNECTION_SECRET_KEY_ID,
  CONNECTION_SECRET_KEY_ID_PATTERN,
  InvalidSecretKeySetError,
  type ConnectionSecretKey,
} from './connection-secret-keys';
export {
  rotateConnectionSecretKey,
  formatRotationSummary,
  type ConnectionKeyRotationOptions,
  type ConnectionKeyRotationSummary,
} from './connection-key-rotation';

export {
  createClaimCheckCodec,
  CLAIM_CHECK_ENCODING,
  DEFAULT_CLAIM_CHECK_THRESHOLD_BYTES,
  type ClaimCheckCodecOptions,
  type ClaimCheckReference,
  type PayloadStore,
} from './payload-claim-check.codec';
export { ClaimCheckBlobMissingError, ClaimCheckReferenceError } from './payload-claim-check.errors';
export { PostgresPayloadStore } from './postgres-payload-store';

export { EmbeddedPostgresError } from './embedded-postgres.errors';
export type { EmbeddedPostgres } from './embedded-postgres';
/**
 * PostgreSQL in-process (PGlite) behind a TCP port; see embedded-postgres.ts. Loaded
 * on first call: importing PGlite costs ~300 ms, which every user of this package
 * would otherwise pay.
 */
export const startEmbeddedPostgres: typeof StartEmbeddedPostgres = async (options) =>
  (await import('./embedded-postgres')).startEmbeddedPostgres(options);

export {
  PostgresTokenBucket,
  InvalidRateLimitError,
  type TokenBucketDecision,
  type TokenBucketLimit,
} from './postgres-token-bucket';

export { derivedId, idPattern, isResourceId, newId, ID_PREFIXES, type ResourceKind } from './resource-id';
