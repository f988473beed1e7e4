/** Pretty-printed JSON; `undefined` (no value recorded) is shown as such rather than as an empty box. */
export function JsonBlock({ value, label }: { value: unknown; label?: string }) {
  const text = value === undefined ? 'no value' : JSON.stringify(value, null, 2);
  return (
    <pre className="json" aria-label={label}>
      {text}
    </pre>
  );
}
