import { useMemo, type ReactNode } from 'react';
import { fieldId } from './field-value';
import { fieldDescription, isSchema, objectProperties, requiredProperties, type JsonSchema } from './json-schema';
import { ObjectFields } from './object-fields';
import { SchemaField } from './schema-field';
import { SchemaFormContext, type RenderExpression, type SchemaFormSettings } from './schema-form-context';
import { widgetFor } from './schema-widget';
import { VariantPicker } from './variant-fields';
import './schema-form.css';

export type { JsonSchema } from './json-schema';
export type { RenderExpression } from './schema-form-context';

export interface SchemaFormProps {
  /** a JSON Schema 2020-12 object as connector manifests carry it */
  schema: JsonSchema;
  value: Record<string, unknown>;
  onChange(next: Record<string, unknown>): void;
  /** unique DOM id prefix */
  idPrefix: string;
  /** by dotted field path ("body.title", "headers"), shown under the field; "" for the form as a whole */
  errors?: Record<string, string>;
  /**
   * When given, every non-secret field can switch between a fixed value and
   * an expression ("=…") and renders expression values with this component.
   */
  renderExpression?: (field: {
    path: string;
    label: string;
    value: string;
    onChange(next: string): void;
    id: string;
  }) => ReactNode;
  disabled?: boolean;
  /** the label of the select that picks a oneOf branch at the top level, e.g. "Authentication" */
  variantLabel?: string;
}

const NO_ERRORS: Record<string, string> = {};

/**
 * A form for a JSON Schema: connector auth settings and action inputs.
 *
 * Hand-written rather than react-jsonschema-form: every field must accept a
 * JSONata expression ("=…") in place of its typed value, and rjsf's per-type
 * fields coerce such a string away (a number field turns "=$trigger.qty" into
 * NaN). Secrets get their own rule too: never rendered back, only typed.
 */
export function SchemaForm({
  schema,
  value,
  onChange,
  idPrefix,
  errors = NO_ERRORS,
  renderExpression,
  disabled = false,
  variantLabel = 'Variant',
}: SchemaFormProps) {
  const settings = useMemo<SchemaFormSettings>(
    () => ({
      idPrefix,
      errors,
      disabled,
      ...(renderExpression ? { renderExpression: renderExpression as RenderExpression } : {}),
    }),
    [idPrefix, errors, disabled, renderExpression],
  );
  const widget = widgetFor(schema);
  const rootError = errors[''];

  return (
    <SchemaFormContext.Provider value={settings}>
      <div className="schema-form">
        {rootError && <p className="sf-error">{rootError}</p>}
        {widget.kind === 'variants' ? (
          <div className="sf-field">
            <label htmlFor={fieldId(idPrefix, '$variant')} className="sf-label">
              {variantLabel}
            </label>
            <VariantPicker
              schema={schema}
              value={value}
              onChange={onChange}
              path=""
              selectId={fieldId(idPrefix, '$variant')}
              required
            />
          </div>
        ) : widget.kind === 'object' ? (
          <>
            {fieldDescription(schema) && <p className="sf-description">{fieldDescription(schema)}</p>}
            <ObjectFields
              properties={objectProperties(schema)}
              required={requiredProperties(schema)}
              value={value}
              onChange={onChange}
              path=""
            />
          </>
        ) : widget.kind === 'none' ? (
          <p className="sf-empty">Nothing to set here.</p>
        ) : (
          <SchemaField
            schema={schema}
            value={value}
            onChange={(next) => onChange(isSchema(next) ? next : {})}
            path=""
            label={typeof schema.title === 'string' ? schema.title : 'Value'}
            required
          />
        )}
      </div>
    </SchemaFormContext.Provider>
  );
}
