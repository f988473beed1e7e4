import { connectorManifest, type Connector } from '@tributary/connector-sdk';
import type { Prisma, PrismaClient } from '@tributary/db';
import type { Logger } from '../logger';

/**
 * Publishes the connectors this worker loaded to the control plane's catalog,
 * one row per name and version. Older versions stay, so published flows
 * pinned to them keep a form to render. A custom connector package appears in
 * the editor as soon as a worker that loads it starts.
 */
export async function registerConnectors(
  prisma: Pick<PrismaClient, 'connector'>,
  connectors: Connector[],
  logger: Logger,
): Promise<void> {
  for (const connector of connectors) {
    const manifest = connectorManifest(connector);
    const data = {
      displayName: manifest.displayName,
      description: manifest.description ?? null,
      manifest: manifest as unknown as Prisma.InputJsonValue,
    };
    const existing = await prisma.connector.findUnique({
      where: { name_version: { name: manifest.name, version: manifest.version } },
      select: { manifest: true },
    });
    if (!existing) {
      // Another worker may register the same version at the same moment.
      await prisma.connector.createMany({
        data: [
          { id: connectorId(manifest.name, manifest.version), name: manifest.name, version: manifest.version, ...data },
        ],
        skipDuplicates: true,
      });
      continue;
    }
    if (JSON.stringify(existing.manifest) !== JSON.stringify(manifest)) {
      // A version is meant to be immutable; a changed manifest under the same
      // version is a development build, and the newest one is the useful one.
      logger.warn(
        { connector: manifest.name, version: manifest.version },
        'connector manifest changed without a version bump',
      );
      await prisma.connector.update({
        where: { name_version: { name: manifest.name, version: manifest.version } },
        data,
      });
    }
  }
}

export function connectorId(name: string, version: string): string {
  return `ctr_${name}@${version}`;
}
