import type { FlowImportRequest } from '../../api/flows.api';

export type FlowImportFileReading = { ok: true; document: FlowImportRequest } | { ok: false; problem: string };

/**
 * Reads a file chosen for import. Only what makes the file unusable is
 * checked here (not JSON, not an export document); the definition itself is
 * judged by the API, whose problems name each path.
 */
export function readFlowImportFile(text: string, options: { overwrite: boolean }): FlowImportFileReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: `The file is not valid JSON (${reason}).` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problem: 'The file does not hold a flow export: expected a JSON object.' };
  }
  const format = (parsed as { format?: unknown }).format;
  if (format !== 'tributary.flow') {
    return {
      ok: false,
      problem: `The file is not a Tributary flow export: its "format" is ${JSON.stringify(format) ?? 'missing'}, expected "tributary.flow". Export flows with the Export button.`,
    };
  }
  // The API validates every field; this only sets the import options.
  return { ok: true, document: { ...(parsed as FlowImportRequest), publish: false, overwrite: options.overwrite } };
}
