import type { PrismaClient } from '../generated/client/client';
import type { PayloadStore } from './payload-claim-check.codec';

/**
 * Claim-check blobs in the `PayloadBlob` table. Ids are content addresses, so
 * a payload encoded again (a retried activity, a repeated query) is stored once.
 *
 * @example
 * const codec = createClaimCheckCodec({ store: new PostgresPayloadStore(prisma) });
 */
export class PostgresPayloadStore implements PayloadStore {
  constructor(private readonly prisma: Pick<PrismaClient, 'payloadBlob'>) {}

  async put(id: string, data: Uint8Array): Promise<void> {
    // Looking first spares re-sending megabytes that are already there.
    if (await this.prisma.payloadBlob.findUnique({ where: { id }, select: { id: true } })) return;
    await this.prisma.payloadBlob.createMany({
      data: [{ id, data: arrayBufferBacked(data), sizeBytes: data.byteLength }],
      skipDuplicates: true,
    });
  }

  async get(id: string): Promise<Uint8Array | undefined> {
    const blob = await this.prisma.payloadBlob.findUnique({ where: { id }, select: { data: true } });
    return blob?.data;
  }
}

// Prisma types Bytes as a view on an ArrayBuffer; only a SharedArrayBuffer view needs copying.
function arrayBufferBacked(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return data.buffer instanceof ArrayBuffer
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : Uint8Array.from(data);
}
