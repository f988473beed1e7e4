import { statusLabel, statusTone } from './status-tone';

export function StatusBadge({ status }: { status: string }) {
  const tone = statusTone(status);
  return (
    <span className={`badge badge-${tone}`} data-status={status}>
      {tone === 'active' && <span className="badge-pulse" aria-hidden="true" />}
      {statusLabel(status)}
    </span>
  );
}
