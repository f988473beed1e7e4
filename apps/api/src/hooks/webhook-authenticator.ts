import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { verifyHmacSignature, verifyStandardWebhook } from '@tributary/connector-sdk';
import type { PrismaClient } from '@tributary/db';
import { WebhookAuth } from '@tributary/workflows/definition/flow-trigger';
import {
  CONNECTION_SECRET_CIPHER,
  type ConnectionSecretCipher,
} from '../connections/connection-secret-cipher.provider';
import { PRISMA } from '../database/database.module';
import { isUniqueViolation } from '../database/prisma-errors';
import { WebhookAuthMisconfiguredError, WebhookReplayedError, WebhookUnauthorizedError } from './hooks.errors';

export interface InboundWebhook {
  headers: Record<string, string | string[] | undefined>;
  /** the body exactly as received: signatures are over bytes, not over parsed JSON */
  rawBody: Buffer;
}

/** How long accepted Standard Webhooks message ids are remembered: beyond any timestamp tolerance. */
const DELIVERY_MEMORY_MS = 2 * 60 * 60 * 1000;

/**
 * Checks an inbound webhook against its trigger's `auth` before any run
 * starts: an API key header, an HMAC of the raw body, or a Standard
 * Webhooks signature with a timestamp tolerance and replay protection (each
 * message id is accepted once). The secret comes from the connection the
 * trigger names, decrypted only here.
 */
@Injectable()
export class WebhookAuthenticator {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(CONNECTION_SECRET_CIPHER) private readonly cipher: ConnectionSecretCipher,
  ) {}

  async authenticate(trigger: { id: string; config: unknown }, webhook: InboundWebhook): Promise<void> {
    const parsed = WebhookAuth.optional().safeParse((trigger.config as { auth?: unknown } | null)?.auth);
    const auth = parsed.success ? parsed.data : undefined;
    if (!parsed.success) throw new WebhookAuthMisconfiguredError('the trigger’s auth settings are invalid');
    if (!auth || auth.scheme === 'none') return;
    const secret = await this.secretOf(auth.connection, auth.scheme === 'apiKey' ? 'apiKey' : 'secret');
    if (auth.scheme === 'apiKey') {
      const presented = firstHeader(webhook.headers, auth.header);
      if (presented === undefined || !equalSecrets(presented, secret)) {
        throw new WebhookUnauthorizedError(
          presented === undefined ? `the ${auth.header} header is missing` : 'the API key is wrong',
        );
      }
      return;
    }
    if (auth.scheme === 'hmac') {
      const verdict = verifyHmacSignature({
        secret,
        body: webhook.rawBody,
        signature: firstHeader(webhook.headers, auth.header),
        algorithm: auth.algorithm,
        encoding: auth.encoding,
        prefix: auth.prefix,
      });
      if (!verdict.valid) throw new WebhookUnauthorizedError(verdict.reason);
      return;
    }
    const verdict = verifyStandardWebhook({
      secret,
      headers: webhook.headers,
      body: webhook.rawBody,
      toleranceSeconds: auth.toleranceSeconds,
    });
    if (!verdict.valid) throw new WebhookUnauthorizedError(verdict.reason);
    if (verdict.messageId) await this.rememberDelivery(trigger.id, verdict.messageId);
  }

  /** A message id is accepted once; the insert is the check, so concurrent replays cannot both pass. */
  private async rememberDelivery(triggerId: string, messageId: string): Promise<void> {
    try {
      await this.prisma.webhookDelivery.create({ data: { triggerId, messageId } });
    } catch (error) {
      if (isUniqueViolation(error)) throw new WebhookReplayedError(messageId);
      throw error;
    }
    // Housekeeping on the side: ids older than any tolerance can never be replayed successfully.
    void this.prisma.webhookDelivery
      .deleteMany({ where: { receivedAt: { lt: new Date(Date.now() - DELIVERY_MEMORY_MS) } } })
      .catch(() => undefined);
  }

  private async secretOf(connectionName: string, field: 'secret' | 'apiKey'): Promise<string> {
    const connection = await this.prisma.connection.findUnique({ where: { name: connectionName } });
    if (!connection) throw new WebhookAuthMisconfiguredError(`connection "${connectionName}" does not exist`);
    const secrets = this.cipher.decrypt(connection.encryptedSecrets);
    const value = secrets[field];
    if (typeof value !== 'string' || value === '') {
      throw new WebhookAuthMisconfiguredError(`connection "${connectionName}" has no "${field}" secret`);
    }
    return value;
  }
}

function firstHeader(headers: InboundWebhook['headers'], name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

function equalSecrets(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
