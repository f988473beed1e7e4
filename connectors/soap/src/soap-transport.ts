import {
  HttpError,
  RateLimitedError,
  RetryableError,
  parseRetryAfter,
  type ConnectorError,
  type HttpClient,
  type HttpResponse,
} from '@tributary/connector-sdk';
import type { IHttpClient } from 'soap';

/** How much of an unexpected response body goes into the error message. */
const BODY_EXCERPT_LENGTH = 500;

/**
 * node-soap's HTTP hook, backed by the SDK's HTTP client: the WSDL download
 * and every call get its timeout, its retries on 429/503 (honouring
 * Retry-After), its network error handling and its secret redaction. node-soap
 * keeps what it is good at: reading the WSDL, writing envelopes, parsing replies.
 *
 * A reply carrying a SOAP Fault is handed to node-soap whatever its status
 * (SOAP 1.1 sends faults with 500), so the fault becomes a fault error rather
 * than a bare "500". Any other status of 400 or more becomes the SDK's error.
 */
export function createSoapTransport(http: HttpClient, timeoutMs: number): IHttpClient {
  return {
    request(url, data, callback, extraHeaders) {
      const method = data === null || data === undefined ? 'GET' : 'POST';
      const sent = http.request({
        method,
        url,
        headers: headerStrings(extraHeaders),
        ...(method === 'POST' ? { body: String(data) } : {}),
        timeoutMs,
        throwOnStatus: false,
      });
      sent.then(
        (response) => {
          const text = typeof response.body === 'string' ? response.body : JSON.stringify(response.body);
          if (response.status < 400 || (method === 'POST' && carriesSoapFault(text))) {
            callback(null, { status: response.status, headers: response.headers, data: text }, text);
          } else {
            callback(statusError(method, response, text));
          }
        },
        (error: unknown) => callback(error),
      );
      // node-soap types this as an axios promise but never reads it on this path
      return sent as unknown as ReturnType<IHttpClient['request']>;
    },
  };
}

function carriesSoapFault(text: string): boolean {
  return /<(?:[\w.-]+:)?Fault[\s>]/.test(text);
}

function headerStrings(headers: Record<string, unknown> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    // node-soap computes these itself for its own client; ours sets them from the body
    if (value === undefined || value === null || /^(content-length|host|connection)$/i.test(name)) continue;
    result[name] = String(value);
  }
  return result;
}

/** The SDK's taxonomy for a status that survived its retries: 429 rate limited, 408/5xx retryable, other 4xx not. */
function statusError(method: 'GET' | 'POST', response: HttpResponse, text: string): ConnectorError {
  const init = {
    status: response.status,
    statusText: response.statusText,
    method,
    url: response.url,
    bodyExcerpt: text.trim().slice(0, BODY_EXCERPT_LENGTH),
  };
  const what = method === 'GET' ? 'Fetching the WSDL' : 'The SOAP call';
  const message = `${what} failed: ${method} ${init.url} → ${init.status} ${init.statusText}`;
  if (response.status === 429) {
    return new RateLimitedError(`${message} (rate limited)`, {
      retryAfterMs: parseRetryAfter(response.headers['retry-after']),
      details: init,
    });
  }
  if (response.status === 408 || response.status >= 500) {
    return new RetryableError(message, { code: 'HTTP_SERVER_ERROR', details: init });
  }
  return new HttpError(init);
}
