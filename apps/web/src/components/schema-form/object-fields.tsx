import { childPath, fieldId, withProperty } from './field-value';
import { FieldNotes } from './field-frame';
import {
  fieldDescription,
  fieldLabel,
  isSchema,
  objectProperties,
  requiredProperties,
  type JsonSchema,
} from './json-schema';
import { SchemaField, type SchemaFieldProps } from './schema-field';
import { useSchemaFormSettings } from './schema-form-context';

interface ObjectFieldsProps {
  properties: [string, JsonSchema][];
  required: Set<string>;
  value: Record<string, unknown>;
  onChange(next: Record<string, unknown>): void;
  path: string;
}

/** The fields of an object's properties, in the schema's order. */
export function ObjectFields({ properties, required, value, onChange, path }: ObjectFieldsProps) {
  return (
    <>
      {properties.map(([name, schema]) => (
        <SchemaField
          key={name}
          schema={schema}
          value={value[name]}
          onChange={(next) => onChange(withProperty(value, name, next))}
          path={childPath(path, name)}
          label={fieldLabel(name, schema)}
          required={required.has(name)}
        />
      ))}
    </>
  );
}

/** A nested object: its fields grouped under a legend. An object left empty is dropped from the value. */
export function ObjectFieldset({ schema, value, onChange, path, label, required }: SchemaFieldProps) {
  const { idPrefix, errors } = useSchemaFormSettings();
  const id = fieldId(idPrefix, path);
  const current = isSchema(value) ? value : {};
  return (
    <fieldset className="sf-fieldset" id={id}>
      <legend className="sf-legend">
        {label}
        {required && (
          <span className="sf-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      <FieldNotes id={id} description={fieldDescription(schema)} error={errors[path]} />
      <ObjectFields
        properties={objectProperties(schema)}
        required={requiredProperties(schema)}
        value={current}
        onChange={(next) => onChange(Object.keys(next).length === 0 && !required ? undefined : next)}
        path={path}
      />
    </fieldset>
  );
}
