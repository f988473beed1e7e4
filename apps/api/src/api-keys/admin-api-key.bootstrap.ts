import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type PrismaClient, newId } from '@tributary/db';
import { sha256Hex } from '../auth/secret-token';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';

/**
 * `ADMIN_API_KEY`: the environment's key exists, holds `admin` and is not
 * revoked, whenever the API starts. The environment is its source of truth;
 * to retire it, unset the variable and revoke the key.
 */
@Injectable()
export class AdminApiKeyBootstrap implements OnApplicationBootstrap {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const key = this.config.adminApiKey;
    if (!key) return;
    const hash = sha256Hex(key);
    // Several API processes may start at once: insert-or-skip, then fix up.
    await this.prisma.apiKey.createMany({
      data: [{ id: newId('apiKey'), name: 'ADMIN_API_KEY', prefix: key.slice(0, 8), hash, scopes: ['admin'] }],
      skipDuplicates: true,
    });
    await this.prisma.apiKey.updateMany({ where: { hash }, data: { scopes: ['admin'], revokedAt: null } });
  }
}
