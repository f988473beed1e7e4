/** Switches a field between a fixed value and an expression ("=…"); pressed while it is an expression. */
export function ExpressionToggle({ label, active, onToggle }: { label: string; active: boolean; onToggle(): void }) {
  return (
    <button
      type="button"
      className="sf-expression-toggle"
      aria-label={`Use expression for ${label}`}
      aria-pressed={active}
      title={active ? 'Switch back to a fixed value' : 'Compute this value with an expression'}
      onClick={onToggle}
    >
      <span aria-hidden="true">fx</span>
    </button>
  );
}
