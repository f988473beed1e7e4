import { formatRelative, formatTimestamp } from './format-time';

/** Relative time for scanning, the exact UTC timestamp on hover. */
export function TimeAgo({ iso, now }: { iso: string | null | undefined; now: Date }) {
  if (!iso) return <span className="muted">—</span>;
  return (
    <time dateTime={iso} title={formatTimestamp(iso)}>
      {formatRelative(iso, now)}
    </time>
  );
}
