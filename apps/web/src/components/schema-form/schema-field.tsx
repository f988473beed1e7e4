import { ArrayField } from './array-field';
import { describedBy, FieldFrame } from './field-frame';
import { expressionFromFixed, fieldId, isExpression } from './field-value';
import { fieldDescription, isSecret, type JsonSchema } from './json-schema';
import { ObjectFieldset } from './object-fields';
import { RecordField } from './record-field';
import { ScalarControl } from './scalar-control';
import { useSchemaFormSettings } from './schema-form-context';
import { widgetFor } from './schema-widget';
import { VariantField } from './variant-fields';

export interface SchemaFieldProps {
  schema: JsonSchema;
  value: unknown;
  onChange(next: unknown): void;
  /** dotted path of the field in the form's value, e.g. "body.title" */
  path: string;
  label: string;
  required: boolean;
}

/**
 * One field of the form, whatever its schema: picks the widget, and for
 * non-secret fields offers the switch between a fixed value and an expression
 * when the form renders expressions.
 */
export function SchemaField(props: SchemaFieldProps) {
  const { schema, value, onChange, path, label, required } = props;
  const { idPrefix, errors, renderExpression, disabled } = useSchemaFormSettings();
  const widget = widgetFor(schema);
  const id = fieldId(idPrefix, path);
  const description = fieldDescription(schema);
  const error = errors[path];

  if (widget.kind === 'none') return null;
  if (widget.kind === 'object') return <ObjectFieldset {...props} schema={widget.schema} />;
  if (widget.kind === 'variants') return <VariantField {...props} schema={widget.schema} />;

  const expressive = renderExpression !== undefined && !isSecret(widget.schema) && widget.kind !== 'secret';
  const asExpression = expressive && isExpression(value);
  const expression = expressive
    ? {
        active: asExpression,
        onToggle: () => onChange(asExpression ? undefined : expressionFromFixed(value)),
      }
    : undefined;

  if (asExpression && renderExpression) {
    return (
      <FieldFrame
        id={id}
        label={label}
        required={required}
        description={description}
        error={error}
        labelled={false}
        expression={expression}
      >
        {renderExpression({ path, label, value, onChange: (next) => onChange(next), id })}
      </FieldFrame>
    );
  }
  if (widget.kind === 'array') return <ArrayField {...props} schema={widget.schema} expression={expression} />;
  if (widget.kind === 'record') return <RecordField {...props} schema={widget.schema} expression={expression} />;

  return (
    <FieldFrame
      id={id}
      label={label}
      required={required}
      description={description}
      error={error}
      expression={expression}
      className={widget.kind === 'boolean' ? 'sf-field-boolean' : undefined}
    >
      <ScalarControl
        widget={widget}
        id={id}
        value={value}
        onChange={onChange}
        required={required}
        disabled={disabled}
        describedBy={describedBy(id, description, error)}
        invalid={error !== undefined}
      />
    </FieldFrame>
  );
}
