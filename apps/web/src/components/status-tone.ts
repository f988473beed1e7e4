/** The colour family a status is drawn in; the stylesheet has one class per tone. */
export type StatusTone = 'success' | 'danger' | 'warning' | 'active' | 'muted';

const TONES: Record<string, StatusTone> = {
  // runs
  running: 'active',
  completed: 'success',
  failed: 'danger',
  cancelled: 'warning',
  terminated: 'danger',
  timed_out: 'danger',
  continued_as_new: 'muted',
  // steps
  pending: 'muted',
  succeeded: 'success',
  skipped: 'muted',
  retrying: 'warning',
  waiting: 'active',
};

/** Maps a run or step status to a tone; a status this UI does not know yet is drawn neutral, never hidden. */
export function statusTone(status: string): StatusTone {
  return TONES[status.toLowerCase()] ?? 'muted';
}

/** "timed_out" → "timed out": statuses are identifiers, labels are for people. */
export function statusLabel(status: string): string {
  return status.toLowerCase().replaceAll('_', ' ');
}
