import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

export const PRISMA = Symbol('PrismaClient');

/** One Prisma client for the process; the pool opens lazily and closes on shutdown. */
@Global()
@Module({
  providers: [
    {
      provide: PRISMA,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): PrismaClient => createPrismaClient(config.databaseUrl),
    },
  ],
  exports: [PRISMA],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(PRISMA) private readonly prisma: PrismaClient) {}

  async onApplicationShutdown(): Promise<void> {
    await this.prisma.$disconnect();
  }
}
