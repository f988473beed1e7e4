/**
 * `<input type="datetime-local">` speaks local wall-clock time without a zone
 * ("2026-01-31T12:00"); the API wants an instant with an offset. These turn
 * one into the other in the browser's time zone, keeping the offset visible
 * in the URL ("2026-01-31T12:00:00+01:00") so a shared link means one instant.
 */
export function localInputToIso(value: string): string {
  if (value.trim() === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return isoWithOffset(date);
}

/** The instant `iso` as a datetime-local value in the browser's time zone; '' when unreadable. */
export function isoToLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "2026-01-31T12:00:00+01:00": the local time of `date` with the zone offset it has on that day. */
export function isoWithOffset(date: Date): string {
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const absolute = Math.abs(offsetMinutes);
  const offset = `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${offset}`
  );
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
