import { pascalCase } from './action-naming';
import type { ConnectionScheme } from './connection-schemes';

export interface AuthSourceOptions {
  header: string;
  /** e.g. `PetstoreAuth` */
  authName: string;
  apiTitle: string;
  /** the default API root; undefined makes `baseUrl` required */
  defaultBaseUrl: string | undefined;
  schemes: ConnectionScheme[];
}

/**
 * `src/auth.ts`: the connection as a discriminated union on `type` (`none`
 * plus one variant per usable security scheme), each with an overridable
 * `baseUrl`. Credentials are wrapped in `secret()`.
 */
export function emitAuthSource(options: AuthSourceOptions): string {
  const { authName, defaultBaseUrl, schemes } = options;
  const variants = [{ constant: 'NoAuth', source: noAuthSource() }, ...schemes.map(variantOf)];
  const baseUrl =
    defaultBaseUrl === undefined
      ? `z.url({ protocol: /^https?$/ }).describe('The API root, e.g. https://api.example.com/v1')`
      : `z.url({ protocol: /^https?$/ }).default(DEFAULT_BASE_URL).describe(${str(`The API root; default ${defaultBaseUrl}`)})`;
  const noSchemes = schemes.length === 0;
  return `${options.header}
${schemes.length > 0 ? "import { secret } from '@tributary/connector-sdk';\n" : ''}import { z } from 'zod';

/**
 * How a connection to ${options.apiTitle} authenticates, one variant per security
 * scheme of the document${noSchemes ? ' (it declares none)' : ''}. Every variant may point \`baseUrl\` elsewhere
 * (a test instance, a proxy).
 */
${defaultBaseUrl === undefined ? '' : `\n/** \`servers[0]\` of the document. */\nexport const DEFAULT_BASE_URL = ${str(defaultBaseUrl)};\n`}
const baseUrl = ${baseUrl};

${variants.map((variant) => `export const ${variant.constant} = ${variant.source};`).join('\n\n')}

export const ${authName} = z.discriminatedUnion('type', [${variants.map((variant) => variant.constant).join(', ')}])${noSchemes ? `.prefault({ type: 'none' })` : ''};
export type ${authName} = z.output<typeof ${authName}>;
`;
}

function noAuthSource(): string {
  return `z.object({ type: z.literal('none'), baseUrl }).meta({ title: 'No authentication' })`;
}

function variantOf(scheme: ConnectionScheme): { constant: string; source: string } {
  const constant = `${pascalCase(scheme.type)}Auth`;
  const fields = [`type: z.literal(${str(scheme.type)})`, 'baseUrl', ...credentialFields(scheme)];
  return { constant, source: `z.object({ ${fields.join(', ')} }).meta({ title: ${str(titleOf(scheme))} })` };
}

function credentialFields(scheme: ConnectionScheme): string[] {
  switch (scheme.kind) {
    case 'apiKey':
      return [
        `apiKey: secret(z.string().min(1)).describe(${str(
          `Sent as the ${scheme.parameterName} ${scheme.in === 'header' ? 'header' : 'query parameter'}${scheme.note ? `. ${scheme.note}` : ''}`,
        )})`,
      ];
    case 'bearer':
      return [`token: secret(z.string().min(1)).describe(${str(scheme.note)})`];
    case 'basic':
      return ['username: z.string().min(1)', 'password: secret(z.string())'];
    case 'oauth2ClientCredentials': {
      const absolute = /^https?:\/\//i.test(scheme.tokenUrl);
      const scopes = scheme.scopes.length > 0 ? `; the API offers: ${scheme.scopes.join(', ')}` : '';
      return [
        `tokenUrl: z.url({ protocol: /^https?$/ })${absolute ? `.default(${str(scheme.tokenUrl)})` : ''}.describe(${str(
          `The OAuth2 token endpoint${absolute ? '' : ` (the document says ${scheme.tokenUrl})`}`,
        )})`,
        'clientId: z.string().min(1)',
        'clientSecret: secret(z.string().min(1))',
        `scope: z.string().min(1).optional().describe(${str(`Space-separated scopes to request${scopes}`)})`,
      ];
    }
  }
}

function titleOf(scheme: ConnectionScheme): string {
  const kind = {
    apiKey: 'API key',
    bearer: 'Bearer token',
    basic: 'Basic authentication',
    oauth2ClientCredentials: 'OAuth2 client credentials',
  }[scheme.kind];
  return `${kind} (${scheme.schemeName})`;
}

function str(value: string): string {
  return JSON.stringify(value);
}
