/**
 * The payload of a flow's last test run, kept in the browser per flow, so the
 * analyst re-runs with the data they typed yesterday. The text is kept as
 * typed (formatting included). Storage may be unavailable (private mode,
 * quota): then nothing is remembered and nothing fails.
 */
export interface TextStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function rememberedTestPayload(storage: TextStorage | undefined, flowSlug: string): string | null {
  try {
    return storage?.getItem(storageKey(flowSlug)) ?? null;
  } catch {
    return null;
  }
}

export function rememberTestPayload(storage: TextStorage | undefined, flowSlug: string, text: string): void {
  try {
    storage?.setItem(storageKey(flowSlug), text);
  } catch {
    // a full or disabled storage only costs the convenience
  }
}

/** The browser's localStorage when there is one. */
export function browserStorage(): TextStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function storageKey(flowSlug: string): string {
  return `tributary:test-payload:${flowSlug}`;
}
