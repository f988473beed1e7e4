/** "v3" for a published version, "draft" for a test run of the editor's draft (version null). */
export function runVersionLabel(version: number | null): string {
  return version === null ? 'draft' : `v${version}`;
}
