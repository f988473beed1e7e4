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
}

export async function loadOrCreateLocalSecrets(dataDir: string): Promise<LocalSecrets> {
  const file = path.join(dataDir, 'local-secrets.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as LocalSecrets;
  const secrets: LocalSecrets = {
    connectionSecretsKey: randomBytes(32).toString('base64'),
    erpApiKey: `erp_${randomBytes(16).toString('hex')}`,
    cmmsApiKey: `cmms_${randomBytes(16).toString('hex')}`,
  };
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
