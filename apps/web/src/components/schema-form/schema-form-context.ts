import { createContext, useContext, type ReactNode } from 'react';

/** What renders an expression ("=…") field; the step panel passes its ExpressionInput bound to the sample scope. */
export type RenderExpression = (field: {
  /** the field's dotted path, e.g. "body.title" */
  path: string;
  /** the field's own label ("title"); the renderer names its input "<label> expression" */
  label: string;
  /** the expression with its leading "=" */
  value: string;
  onChange(next: string): void;
  id: string;
}) => ReactNode;

/** Form-wide settings every field reads, so they need not be passed through each level. */
export interface SchemaFormSettings {
  idPrefix: string;
  errors: Record<string, string>;
  renderExpression?: RenderExpression;
  disabled: boolean;
}

export const SchemaFormContext = createContext<SchemaFormSettings>({
  idPrefix: 'schema-form',
  errors: {},
  disabled: false,
});

export function useSchemaFormSettings(): SchemaFormSettings {
  return useContext(SchemaFormContext);
}
