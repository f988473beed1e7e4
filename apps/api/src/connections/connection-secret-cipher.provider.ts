import type { FactoryProvider } from '@nestjs/common';
import { createConnectionSecretCipher, type ConnectionSecretCipher } from '@tributary/db';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export type { ConnectionSecretCipher };

export const CONNECTION_SECRET_CIPHER = Symbol('ConnectionSecretCipher');

/** AES-256-GCM cipher for connection secrets, keyed by CONNECTION_SECRETS_KEYS / CONNECTION_SECRETS_KEY. */
export const connectionSecretCipherProvider: FactoryProvider<ConnectionSecretCipher> = {
  provide: CONNECTION_SECRET_CIPHER,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) => createConnectionSecretCipher(config.connectionSecretKeys),
};
