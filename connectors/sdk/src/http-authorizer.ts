/**
 * Credentials an HTTP client asks for before each request, for schemes whose
 * credentials change while an action runs (OAuth2 tokens that expire).
 */
export interface HttpAuthorizer {
  /** the headers to send, e.g. `{ authorization: 'Bearer …' }`, fetching or renewing a token when needed */
  authorize(signal?: AbortSignal): Promise<HttpAuthorization>;
  /**
   * Called once when a request sent with `rejected` was answered 401; resolve
   * true (after renewing the credentials) to have it sent once more with what
   * `authorize` gives next, false to fail with the 401.
   */
  unauthorized?(rejected: HttpAuthorization, signal?: AbortSignal): Promise<boolean>;
}

export interface HttpAuthorization {
  headers: Record<string, string>;
  /** the secret values inside `headers`, kept out of errors and logs */
  secrets: string[];
}
