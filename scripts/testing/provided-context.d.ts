// What the global setup hands to tests through `inject()`.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** a freshly created and migrated PostgreSQL database for this test run */
    databaseUrl: string;
    /** host:port of the real Temporal dev server started for this test run */
    temporalAddress: string;
    temporalNamespace: string;
    /** the dev server's Web UI, e.g. http://127.0.0.1:41234 */
    temporalUiUrl: string;
  }
}
export {};
