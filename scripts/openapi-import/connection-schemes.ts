import type { OpenAPIV3 } from 'openapi-types';
import { resolveRef } from './document-refs';
import type { OpenApiDocument } from './load-openapi-document';

/**
 * The ways a generated connector's connection can authenticate, derived from
 * `components.securitySchemes`. `type` is the discriminator value the
 * connection stores; it is the kind of scheme (`apiKey`, `bearer`, …), or the
 * scheme's own name when the document declares two of a kind.
 */
export type ConnectionScheme =
  | { kind: 'apiKey'; type: string; schemeName: string; in: 'header' | 'query'; parameterName: string; note?: string }
  | { kind: 'bearer'; type: string; schemeName: string; note: string }
  | { kind: 'basic'; type: string; schemeName: string; note?: string }
  | {
      kind: 'oauth2ClientCredentials';
      type: string;
      schemeName: string;
      tokenUrl: string;
      scopes: string[];
      note?: string;
    };

export interface ConnectionSchemes {
  schemes: ConnectionScheme[];
  /** schemes that cannot be used server to server, with the reason */
  skipped: { schemeName: string; reason: string }[];
}

type SchemeWithoutType = ConnectionScheme extends infer S ? (S extends unknown ? Omit<S, 'type'> : never) : never;

/**
 * Maps each security scheme to a connection variant. OAuth2 flows that need a
 * person at a browser (implicit, authorization code) and OpenID Connect become a
 * bearer token pasted into the connection; the client-credentials flow is run by
 * the SDK's `oauth2ClientCredentials`. Cookie API keys and HTTP schemes other
 * than basic and bearer are skipped.
 */
export function connectionSchemes(document: OpenApiDocument): ConnectionSchemes {
  const declared = document.components?.securitySchemes ?? {};
  const mapped: SchemeWithoutType[] = [];
  const skipped: ConnectionSchemes['skipped'] = [];
  for (const [schemeName, value] of Object.entries(declared)) {
    const scheme = resolveRef<OpenAPIV3.SecuritySchemeObject>(document, value);
    const result = mapScheme(schemeName, scheme);
    if ('reason' in result) skipped.push({ schemeName, reason: result.reason });
    else mapped.push(result);
  }
  const kindCounts = new Map<string, number>();
  for (const scheme of mapped)
    kindCounts.set(typeOfKind(scheme.kind), (kindCounts.get(typeOfKind(scheme.kind)) ?? 0) + 1);
  const schemes = mapped.map((scheme): ConnectionScheme => {
    const kindType = typeOfKind(scheme.kind);
    return { ...scheme, type: (kindCounts.get(kindType) ?? 0) > 1 ? scheme.schemeName : kindType } as ConnectionScheme;
  });
  const types = new Set(['none']);
  for (const scheme of schemes) {
    if (types.has(scheme.type)) throw new Error(`two security schemes would both be called "${scheme.type}"`);
    types.add(scheme.type);
  }
  return { schemes, skipped };
}

function typeOfKind(kind: ConnectionScheme['kind']): string {
  return kind === 'oauth2ClientCredentials' ? 'oauth2' : kind;
}

function mapScheme(schemeName: string, scheme: OpenAPIV3.SecuritySchemeObject): SchemeWithoutType | { reason: string } {
  const note = scheme.description?.trim() || undefined;
  const withNote = <T extends object>(value: T) => (note === undefined ? value : { ...value, note });
  switch (scheme.type) {
    case 'apiKey':
      if (scheme.in === 'cookie') return { reason: 'API keys in cookies are not supported' };
      return withNote({
        kind: 'apiKey' as const,
        schemeName,
        in: scheme.in === 'query' ? ('query' as const) : ('header' as const),
        parameterName: scheme.name,
      });
    case 'http': {
      const httpScheme = scheme.scheme.toLowerCase();
      if (httpScheme === 'basic') return withNote({ kind: 'basic' as const, schemeName });
      if (httpScheme === 'bearer') {
        return { kind: 'bearer', schemeName, note: note ?? 'Sent as "Authorization: Bearer <token>"' };
      }
      return { reason: `HTTP authentication scheme "${scheme.scheme}" is not supported` };
    }
    case 'oauth2': {
      const clientCredentials = scheme.flows.clientCredentials;
      if (clientCredentials !== undefined) {
        return withNote({
          kind: 'oauth2ClientCredentials' as const,
          schemeName,
          tokenUrl: clientCredentials.tokenUrl,
          scopes: Object.keys(clientCredentials.scopes ?? {}),
        });
      }
      const flow = scheme.flows.authorizationCode ?? scheme.flows.implicit ?? scheme.flows.password;
      const where = flow !== undefined && 'authorizationUrl' in flow ? ` from ${flow.authorizationUrl}` : '';
      return {
        kind: 'bearer',
        schemeName,
        note: `An OAuth2 access token (${schemeName}) obtained${where}, sent as "Authorization: Bearer <token>"`,
      };
    }
    case 'openIdConnect':
      return {
        kind: 'bearer',
        schemeName,
        note: `An OpenID Connect access token (${schemeName}, ${scheme.openIdConnectUrl}), sent as "Authorization: Bearer <token>"`,
      };
  }
}
