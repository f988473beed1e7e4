import { ExpressionToggle } from './expression-toggle';

/** The legend of a field that groups several inputs (array, record), with its expression toggle. */
export function FieldsetHead({
  label,
  required,
  expression,
}: {
  label: string;
  required: boolean;
  expression?: { active: boolean; onToggle(): void };
}) {
  return (
    <div className="sf-label-row">
      <legend className="sf-legend">
        {label}
        {required && (
          <span className="sf-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      {expression && <ExpressionToggle label={label} active={expression.active} onToggle={expression.onToggle} />}
    </div>
  );
}
