import type { PrismaClient } from '../generated/client/client';
import type { ConnectionSecretCipher } from './connection-secret-cipher';

export interface ConnectionKeyRotationOptions {
  /** rows read and re-encrypted per round trip; default 100 */
  batchSize?: number;
  /** called after each batch, e.g. to print progress */
  onBatch?: (progress: ConnectionKeyRotationSummary) => void;
}

/** What one rotation did; the counts add up to the rows that were not sealed with the active key. */
export interface ConnectionKeyRotationSummary {
  activeKeyId: string;
  /** rows now sealed with the active key */
  reEncrypted: number;
  /** rows another writer changed (or deleted) between our read and our write: left alone, run again to cover them */
  skippedConcurrentChange: number;
  /** rows that could not be decrypted with any configured key, by id, with the reason's code (never a secret) */
  failed: { id: string; code: string; message: string }[];
  /** rows already sealed with the active key whose `encryptionKeyId` column said otherwise, now corrected */
  keyIdsCorrected: number;
}

interface SealedRow {
  id: string;
  encryptedSecrets: string;
}

/**
 * Re-encrypts, batch by batch, every connection whose envelope is not sealed
 * with the cipher's active key, so the old keys can be dropped afterwards.
 *
 * Safe while the API and workers keep running: each row is written with an
 * optimistic check (`WHERE id = … AND "encryptedSecrets" = <what we read>`), so
 * a concurrent writer (a PATCH, a refreshed OAuth2 token) is never overwritten;
 * such a row is counted as skipped and picked up by the next run. Every
 * process must already know the new key (as active or not) before this runs,
 * or it could not read what this writes. `updatedAt` is left as it was:
 * re-encryption does not change the connection.
 *
 * @example
 * const summary = await rotateConnectionSecretKey(prisma, createConnectionSecretCipher(keys));
 */
export async function rotateConnectionSecretKey(
  prisma: PrismaClient,
  cipher: ConnectionSecretCipher,
  options: ConnectionKeyRotationOptions = {},
): Promise<ConnectionKeyRotationSummary> {
  const batchSize = options.batchSize ?? 100;
  const activeKeyId = cipher.activeKeyId;
  const activePrefix = `v2.${activeKeyId}.`;
  const summary: ConnectionKeyRotationSummary = {
    activeKeyId,
    reEncrypted: 0,
    skippedConcurrentChange: 0,
    failed: [],
    keyIdsCorrected: 0,
  };

  let after = '';
  for (;;) {
    // Keyset pagination by id: rows rewritten in this run drop out of the filter, failed ones are passed by.
    const rows = await prisma.$queryRaw<SealedRow[]>`
      SELECT "id", "encryptedSecrets" FROM "Connection"
      WHERE NOT starts_with("encryptedSecrets", ${activePrefix}) AND "id" > ${after}
      ORDER BY "id" LIMIT ${batchSize}`;
    if (rows.length === 0) break;
    for (const row of rows) {
      let resealed: string;
      try {
        resealed = cipher.encrypt(cipher.decrypt(row.encryptedSecrets));
      } catch (error) {
        summary.failed.push({ id: row.id, code: errorCode(error), message: (error as Error).message });
        continue;
      }
      const written = await prisma.$executeRaw`
        UPDATE "Connection" SET "encryptedSecrets" = ${resealed}, "encryptionKeyId" = ${activeKeyId}
        WHERE "id" = ${row.id} AND "encryptedSecrets" = ${row.encryptedSecrets}`;
      if (written === 1) summary.reEncrypted += 1;
      else summary.skippedConcurrentChange += 1;
    }
    after = rows[rows.length - 1]!.id;
    options.onBatch?.({ ...summary, failed: [...summary.failed] });
  }

  // Writers that seal with the active key but do not set the column (or older code) leave it stale.
  summary.keyIdsCorrected = await prisma.$executeRaw`
    UPDATE "Connection" SET "encryptionKeyId" = ${activeKeyId}
    WHERE starts_with("encryptedSecrets", ${activePrefix}) AND "encryptionKeyId" <> ${activeKeyId}`;
  return summary;
}

/** One line per outcome, aligned, so a log shows at a glance whether the old key can go. */
export function formatRotationSummary(summary: ConnectionKeyRotationSummary): string {
  const rows: [string, number][] = [
    ['re-encrypted', summary.reEncrypted],
    ['skipped (changed concurrently)', summary.skippedConcurrentChange],
    ['failed', summary.failed.length],
    ['key id column corrected', summary.keyIdsCorrected],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [`${'outcome'.padEnd(width)} | rows`, `${'-'.repeat(width)}-|-----`]
    .concat(rows.map(([label, count]) => `${label.padEnd(width)} | ${count}`))
    .join('\n');
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
}
