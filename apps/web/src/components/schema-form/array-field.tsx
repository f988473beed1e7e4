import { FieldNotes } from './field-frame';
import { FieldsetHead } from './fieldset-head';
import { childPath, fieldId } from './field-value';
import { fieldDescription, isSchema, type JsonSchema } from './json-schema';
import { SchemaField, type SchemaFieldProps } from './schema-field';
import { useSchemaFormSettings } from './schema-form-context';
import { emptyValueFor } from './schema-widget';

interface ArrayFieldProps extends SchemaFieldProps {
  expression?: { active: boolean; onToggle(): void };
}

/** A list: one field per item ("tags 1", "tags 2"…), each removable, and a button to add one. */
export function ArrayField({ schema, value, onChange, path, label, required, expression }: ArrayFieldProps) {
  const { idPrefix, errors, disabled } = useSchemaFormSettings();
  const id = fieldId(idPrefix, path);
  const items = Array.isArray(value) ? value : [];
  const itemSchema: JsonSchema = isSchema(schema.items) ? schema.items : {};
  const emit = (next: unknown[]) => onChange(next.length === 0 && !required ? undefined : next);
  const replace = (index: number, item: unknown) =>
    emit(
      items.map((current, at) => (at === index ? (item === undefined ? emptyValueFor(itemSchema) : item) : current)),
    );

  return (
    <fieldset className="sf-fieldset sf-array" id={id}>
      <FieldsetHead label={label} required={required} expression={expression} />
      <FieldNotes id={id} description={fieldDescription(schema)} error={errors[path]} />
      {items.length === 0 && <p className="sf-empty">No items.</p>}
      <ol className="sf-items">
        {items.map((item, index) => (
          <li key={index} className="sf-item">
            <div className="sf-item-field">
              <SchemaField
                schema={itemSchema}
                value={item}
                onChange={(next) => replace(index, next)}
                path={childPath(path, index)}
                label={`${label} ${index + 1}`}
                required={false}
              />
            </div>
            <button
              type="button"
              className="sf-small-button"
              aria-label={`Remove ${label} ${index + 1}`}
              disabled={disabled}
              onClick={() => emit(items.filter((_, at) => at !== index))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="sf-small-button"
        aria-label={`Add ${label} item`}
        disabled={disabled}
        onClick={() => emit([...items, emptyValueFor(itemSchema)])}
      >
        + Add item
      </button>
    </fieldset>
  );
}
