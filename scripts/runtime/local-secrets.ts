import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Keys for a local install, made once and kept in the data folder so stored
 * connection secrets stay readable across restarts. Production sets them
 * through the environment instead.
 */
export interface LocalSecrets {
  connectionSecretsKey: string;
  erpApiKey: string;
  cmmsApiKey: string;
  /** ADMIN_API_KEY of the local API: the seeding script uses it */
  adminApiKey: string;
  /** password of the local admin user (admin@tributary.local), created on first start to sign in to the web app */
  adminPassword: string;
}

export async function loadOrCreateLocalSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = path.join(dataDir, 'local-secrets.json');
  const stored = existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as Partial<LocalSecrets>) : {};
  // Installs from before a secret existed get it added; existing secrets are never replaced.
  const secrets: LocalSecrets = {
    connectionSecretsKey: stored.connectionSecretsKey ?? randomBytes(32).toString('base64'),
    erpApiKey: stored.erpApiKey ?? `erp_${randomBytes(16).toString('hex')}`,
    cmmsApiKey: stored.cmmsApiKey ?? `cmms_${randomBytes(16).toString('hex')}`,
    adminApiKey: stored.adminApiKey ?? `trb_${randomBytes(32).toString('base64url')}`,
    adminPassword: stored.adminPassword ?? randomBytes(12).toString('base64url'),
  };
  if (Object.keys(secrets).every((name) => name in stored)) return secrets;
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
