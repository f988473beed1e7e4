import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConnectorError, createSecretRedactor } from '@tributary/connector-sdk';
import { requestOAuth2Token } from '@tributary/connector-sdk/oauth2-token-endpoint';
import { type OAuthAuthorization, type PrismaClient, isResourceId } from '@tributary/db';
import { z } from 'zod';
import { AuditLogService } from '../audit/audit-log.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { PRISMA } from '../database/database.module';
import { ResourceNotFoundError } from '../problem/api-problem';
import { fieldErrorsFromZod } from '../validation/field-errors';
import { CONNECTION_SECRET_CIPHER, type ConnectionSecretCipher } from './connection-secret-cipher.provider';
import {
  ConnectionNotOAuth2ReadyError,
  OAuth2AuthorizationDeniedError,
  OAuth2StateInvalidError,
  OAuth2TokenExchangeError,
} from './connections.errors';
import type { OAuth2AuthorizationResource, OAuth2CallbackQuery } from './connections.schemas';
import { lockConnection } from './connections.service';

/** How long the user has to finish at the provider. */
const AUTHORIZATION_LIFETIME_MS = 10 * 60_000;
const TOKEN_REQUEST_TIMEOUT_MS = 15_000;

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/**
 * What the authorization-code flow reads from a connection's settings; the
 * field names are those of the SDK's `OAuth2AuthorizationCodeFields`, which
 * the connector reads back when it refreshes the tokens stored here.
 */
const OAuth2Settings = z.object({
  authorizeUrl: httpUrl,
  tokenUrl: httpUrl,
  clientId: z.string({ error: 'is required' }).min(1, 'is required'),
  scope: z.string().optional(),
  clientAuthentication: z.enum(['client_secret_basic', 'client_secret_post']).optional(),
  /** extra authorization request parameters some providers need, e.g. Google's `access_type=offline` */
  authorizeParams: z.record(z.string(), z.string()).optional(),
});
type OAuth2Settings = z.output<typeof OAuth2Settings>;

/**
 * The OAuth2 authorization-code flow (RFC 6749 §4.1 with PKCE, RFC 7636) that
 * fills a connection's tokens: `authorize` builds the provider URL and keeps
 * `state` and the PKCE verifier for 10 minutes; `complete` (the provider's
 * redirect) spends the state once, exchanges the code and stores
 * accessToken/refreshToken/expiresAt among the encrypted secrets.
 */
@Injectable()
export class ConnectionOAuth2Service {
  constructor(
    @Inject(PRISMA) private readonly prisma: PrismaClient,
    @Inject(CONNECTION_SECRET_CIPHER) private readonly cipher: ConnectionSecretCipher,
    @Inject(AuditLogService) private readonly audit: AuditLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The redirect URI to register with the provider. */
  get redirectUri(): string {
    return `${this.config.publicUrl}/v1/oauth2/callback`;
  }

  async authorize(idOrName: string): Promise<OAuth2AuthorizationResource> {
    const connection = await this.prisma.connection.findUnique({
      where: isResourceId('connection', idOrName) ? { id: idOrName } : { name: idOrName },
    });
    if (!connection) throw new ResourceNotFoundError('connection', idOrName);
    const settings = readSettings(connection.config, connection.secretFields);

    const state = randomBytes(32).toString('base64url');
    const codeVerifier = randomBytes(48).toString('base64url');
    const codeChallenge = createHash('sha256').update(codeVerifier).digest('base64url');
    const expiresAt = new Date(Date.now() + AUTHORIZATION_LIFETIME_MS);
    const url = new URL(settings.authorizeUrl);
    for (const [name, value] of Object.entries(settings.authorizeParams ?? {})) url.searchParams.set(name, value);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', settings.clientId);
    url.searchParams.set('redirect_uri', this.redirectUri);
    if (settings.scope) url.searchParams.set('scope', settings.scope);
    url.searchParams.set('state', state);
    url.searchParams.set('code_challenge', codeChallenge);
    url.searchParams.set('code_challenge_method', 'S256');

    await this.prisma.$transaction(async (tx) => {
      // Abandoned attempts are cleaned up by the next one.
      await tx.oAuthAuthorization.deleteMany({ where: { expiresAt: { lt: new Date() } } });
      await tx.oAuthAuthorization.create({
        data: { state, connectionId: connection.id, codeVerifier, redirectUri: this.redirectUri, expiresAt },
      });
      await this.audit.record(tx, {
        action: 'connection.oauth2_authorization_started',
        targetType: 'connection',
        targetId: connection.id,
        data: { name: connection.name, expiresAt: expiresAt.toISOString() },
      });
    });
    return {
      object: 'oauth2_authorization',
      authorizationUrl: url.href,
      redirectUri: this.redirectUri,
      expiresAt: expiresAt.toISOString(),
    };
  }

  /** Completes the authorization the provider redirected back for; resolves with the connection's id. */
  async complete(query: OAuth2CallbackQuery): Promise<{ connectionId: string }> {
    // Spent before anything else: a state is good for one try, whatever its outcome.
    const [authorization] = await this.prisma.$queryRaw<OAuthAuthorization[]>`
      DELETE FROM "OAuthAuthorization" WHERE "state" = ${query.state} RETURNING *`;
    if (authorization === undefined) throw new OAuth2StateInvalidError('unknown');
    if (authorization.expiresAt.getTime() <= Date.now()) throw new OAuth2StateInvalidError('expired');
    const { connectionId } = authorization;
    if (query.error !== undefined || query.code === undefined) {
      throw new OAuth2AuthorizationDeniedError(connectionId, query.error ?? 'no_code', query.error_description);
    }
    const code = query.code;

    const connection = await this.prisma.connection.findUnique({ where: { id: connectionId } });
    if (!connection) throw new ResourceNotFoundError('connection', connectionId);
    const settings = readSettings(connection.config, connection.secretFields);
    const secrets = this.cipher.decrypt(connection.encryptedSecrets);
    const clientSecret = typeof secrets.clientSecret === 'string' ? secrets.clientSecret : '';
    const redactor = createSecretRedactor([clientSecret, code, authorization.codeVerifier]);

    let token;
    try {
      token = await requestOAuth2Token({
        tokenUrl: settings.tokenUrl,
        clientId: settings.clientId,
        clientSecret,
        ...(settings.clientAuthentication ? { clientAuthentication: settings.clientAuthentication } : {}),
        form: {
          grant_type: 'authorization_code',
          code,
          redirect_uri: authorization.redirectUri,
          code_verifier: authorization.codeVerifier,
        },
        secrets: [code, authorization.codeVerifier],
        timeoutMs: TOKEN_REQUEST_TIMEOUT_MS,
      });
    } catch (error) {
      const providerError =
        error instanceof ConnectorError ? (error.details as { error?: string } | undefined)?.error : undefined;
      throw new OAuth2TokenExchangeError(connectionId, redactor.text((error as Error).message), providerError);
    }

    const issued = {
      accessToken: token.accessToken,
      ...(token.refreshToken === undefined ? {} : { refreshToken: token.refreshToken }),
      expiresAt: token.lifetimeMs === undefined ? null : new Date(Date.now() + token.lifetimeMs).toISOString(),
      ...(token.scope === undefined ? {} : { scope: token.scope }),
    };
    await this.prisma.$transaction(async (tx) => {
      // Under the row lock, merged into what is stored now: an edit made meanwhile is kept.
      const current = await lockConnection(tx, connectionId);
      const stored = this.cipher.decrypt(current.encryptedSecrets);
      const next: Record<string, unknown> = { ...stored, ...issued };
      if (issued.expiresAt === null) delete next.expiresAt;
      await tx.connection.update({
        where: { id: connectionId },
        data: {
          encryptedSecrets: this.cipher.encrypt(next),
          encryptionKeyId: this.cipher.activeKeyId,
          secretFields: Object.keys(next).sort(),
        },
      });
      await this.audit.record(tx, {
        action: 'connection.oauth2_connected',
        targetType: 'connection',
        targetId: connectionId,
        // field names only, as for every connection change
        data: {
          name: current.name,
          secretFieldsSet: Object.keys(issued)
            .filter((field) => field in next)
            .sort(),
        },
      });
    });
    return { connectionId };
  }
}

function readSettings(config: unknown, secretFields: string[]): OAuth2Settings {
  const parsed = OAuth2Settings.safeParse(config ?? {});
  const errors = parsed.success ? [] : fieldErrorsFromZod(parsed.error.issues, 'config');
  if (!secretFields.includes('clientSecret')) {
    errors.push({ path: 'secrets.clientSecret', message: 'is required (the OAuth2 client secret)' });
  }
  if (!parsed.success || errors.length > 0) throw new ConnectionNotOAuth2ReadyError(errors);
  return parsed.data;
}
