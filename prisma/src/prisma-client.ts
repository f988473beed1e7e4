import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/client/client';

/**
 * A Prisma client for the Tributary database. Prisma 7's client is Rust-free: it
 * reaches PostgreSQL only through a driver adapter, here `pg` via `@prisma/adapter-pg`.
 *
 * @example
 * const prisma = createPrismaClient(config.databaseUrl);
 * const flows = await prisma.flow.findMany();
 * await prisma.$disconnect();
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}
