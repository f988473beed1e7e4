// Prisma 7 reads its CLI settings from here instead of schema.prisma.
// Only `prisma generate` runs on machines without binaries.prisma.sh; migrations go
// through the wasm schema engine (src/migrate.cli.ts). The datasource url is kept so
// that the native `prisma migrate deploy` also works where its engine can be downloaded.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  datasource: { url: process.env['DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/tributary' },
});
