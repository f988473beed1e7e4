/** The react-query key of one run, shared by its query, its live stream and the actions that change it. */
export function runQueryKey(id: string) {
  return ['run', id] as const;
}
