import { NonRetryableError } from './errors';
import { REDACTED } from './secret-redactor';

export type QueryValue = string | number | boolean | undefined;
export type QueryParams = Record<string, QueryValue>;

/**
 * Query parameter names whose values are hidden in messages and logs even when
 * the connector did not declare them: the usual places APIs take credentials.
 */
export const DEFAULT_SECRET_QUERY_PARAMS: readonly string[] = [
  'api_key',
  'apikey',
  'api-key',
  'key',
  'token',
  'access_token',
  'auth',
  'password',
  'secret',
  'client_secret',
  'signature',
  'sig',
];

export interface ResolvedUrl {
  /** the URL to call, without userinfo */
  url: URL;
  /** credentials that were written into the URL (`https://user:pass@host`), decoded */
  credentials?: { username: string; password: string };
}

/**
 * The URL a request goes to. A relative `url` is appended to `baseUrl` as a
 * path (`https://api/v1` + `users` → `https://api/v1/users`), which is what
 * people mean, unlike `new URL(relative, base)` that would drop `/v1`.
 *
 * @example
 * resolveRequestUrl('orders', { baseUrl: 'https://erp.example.com/api', query: { page: 2 } }).url.href;
 * // 'https://erp.example.com/api/orders?page=2'
 */
export function resolveRequestUrl(
  url: string,
  options: { baseUrl?: string | undefined; query?: QueryParams | undefined } = {},
): ResolvedUrl {
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(url);
  if (!absolute && options.baseUrl === undefined) {
    throw new NonRetryableError(`URL "${url}" is relative but no base URL is configured`, { code: 'INVALID_URL' });
  }
  const text = absolute ? url : `${options.baseUrl?.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    throw new NonRetryableError(`"${text}" is not a valid URL`, { code: 'INVALID_URL' });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new NonRetryableError(`Only http and https URLs can be called, not ${parsed.protocol}`, {
      code: 'INVALID_URL',
    });
  }
  for (const [name, value] of Object.entries(options.query ?? {})) {
    if (value !== undefined) parsed.searchParams.append(name, String(value));
  }

  if (parsed.username === '' && parsed.password === '') return { url: parsed };
  const credentials = { username: decodeURIComponent(parsed.username), password: decodeURIComponent(parsed.password) };
  parsed.username = '';
  parsed.password = '';
  return { url: parsed, credentials };
}

/**
 * The URL as it may appear in messages and logs: no userinfo, and the values of
 * secret query parameters (matched case-insensitively) replaced by `[REDACTED]`.
 *
 * @example
 * describeUrl(new URL('https://u:p@api.example.com/x?api_key=abc&page=2'), new Set(['api_key']));
 * // 'https://api.example.com/x?api_key=[REDACTED]&page=2'
 */
export function describeUrl(url: URL, secretQueryParams: ReadonlySet<string>): string {
  const query = [...url.searchParams]
    .map(
      ([name, value]) =>
        `${encodeURIComponent(name)}=${secretQueryParams.has(name.toLowerCase()) ? REDACTED : encodeURIComponent(value)}`,
    )
    .join('&');
  return `${url.protocol}//${url.host}${url.pathname}${query ? `?${query}` : ''}`;
}
