import type { ReactNode } from 'react';
import { ExpressionToggle } from './expression-toggle';

interface FieldFrameProps {
  id: string;
  label: string;
  required: boolean;
  description?: string;
  error?: string;
  /** the control; gets the label through `htmlFor={id}` unless `labelled` is false */
  children: ReactNode;
  /** false when the control names itself (an expression input renders its own label) */
  labelled?: boolean;
  expression?: { active: boolean; onToggle(): void };
  className?: string;
}

/** Label, required marker, expression toggle, the control, its description and its error. */
export function FieldFrame({
  id,
  label,
  required,
  description,
  error,
  children,
  labelled = true,
  expression,
  className,
}: FieldFrameProps) {
  // The marker sits outside the <label> so the field's accessible name is exactly its label
  // (`getByLabel('title', { exact: true })`); the control carries aria-required instead.
  const marker = required && (
    <span className="sf-required" aria-hidden="true">
      *
    </span>
  );
  return (
    <div className={`sf-field${className ? ` ${className}` : ''}`}>
      <div className="sf-label-row">
        {labelled ? (
          <label htmlFor={id} className="sf-label">
            {label}
          </label>
        ) : (
          <span className="sf-label">{label}</span>
        )}
        {marker}
        {expression && <ExpressionToggle label={label} active={expression.active} onToggle={expression.onToggle} />}
      </div>
      {children}
      <FieldNotes id={id} description={description} error={error} />
    </div>
  );
}

/** The description and the error under a field, with the ids its control's aria-describedby points at. */
export function FieldNotes({ id, description, error }: { id: string; description?: string; error?: string }) {
  return (
    <>
      {description && (
        <p id={`${id}-description`} className="sf-description">
          {description}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="sf-error">
          {error}
        </p>
      )}
    </>
  );
}

/** The aria-describedby of a control whose notes FieldNotes renders. */
export function describedBy(id: string, description?: string, error?: string): string | undefined {
  const ids = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
