// Re-encrypts every connection not sealed with the active key (see README.md, "Rotating the key").
//   npm run connections:rotate-key [-- --batch-size 100]
// Reads DATABASE_URL and the key set (CONNECTION_SECRETS_KEYS and/or CONNECTION_SECRETS_KEY) like the API and
// worker do; the first key of CONNECTION_SECRETS_KEYS is the one rows end up sealed with.
// Exit code: 0 when every row is now sealed with the active key, 1 when some were skipped or failed.
import { createConnectionSecretCipher } from './connection-secret-cipher';
import { connectionSecretKeysFromEnv } from './connection-secret-keys';
import { formatRotationSummary, rotateConnectionSecretKey } from './connection-key-rotation';
import { DEFAULT_DATABASE_URL, describeDatabaseUrl } from './database-url';
import { createPrismaClient } from './prisma-client';

async function main(args: string[]): Promise<number> {
  const batchSize = readBatchSize(args);
  const databaseUrl = process.env['DATABASE_URL'] || DEFAULT_DATABASE_URL;
  const cipher = createConnectionSecretCipher(
    connectionSecretKeysFromEnv({
      keys: process.env['CONNECTION_SECRETS_KEYS'],
      key: process.env['CONNECTION_SECRETS_KEY'],
    }),
  );
  const prisma = createPrismaClient(databaseUrl);
  try {
    console.log(`${describeDatabaseUrl(databaseUrl)}: re-encrypting connections with key "${cipher.activeKeyId}"`);
    const summary = await rotateConnectionSecretKey(prisma, cipher, {
      batchSize,
      onBatch: (progress) =>
        console.error(`… ${progress.reEncrypted + progress.skippedConcurrentChange + progress.failed.length} rows`),
    });
    console.log(formatRotationSummary(summary));
    for (const failure of summary.failed) console.log(`failed ${failure.id}: ${failure.code} ${failure.message}`);
    if (summary.skippedConcurrentChange > 0)
      console.log('rows changed while we worked were left alone: run the command again to cover them');
    return summary.skippedConcurrentChange === 0 && summary.failed.length === 0 ? 0 : 1;
  } finally {
    await prisma.$disconnect();
  }
}

function readBatchSize(args: string[]): number {
  const index = args.indexOf('--batch-size');
  if (index < 0) return 100;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 10_000) {
    throw new Error('--batch-size must be a whole number from 1 to 10000');
  }
  return value;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(2);
  },
);
