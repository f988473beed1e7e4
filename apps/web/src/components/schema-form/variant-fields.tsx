import { useState } from 'react';
import { describedBy, FieldFrame } from './field-frame';
import { fieldId } from './field-value';
import { fieldDescription, isSchema, requiredProperties, type JsonSchema } from './json-schema';
import { ObjectFields } from './object-fields';
import type { SchemaFieldProps } from './schema-field';
import { useSchemaFormSettings } from './schema-form-context';
import { objectVariants, selectedVariant, switchVariant, variantFields, type ObjectVariants } from './schema-variants';

/** A nested oneOf of objects (e.g. a pagination style): a select named after the field, then the branch's fields. */
export function VariantField({ schema, value, onChange, path, label, required }: SchemaFieldProps) {
  const { idPrefix, errors } = useSchemaFormSettings();
  const id = fieldId(idPrefix, path);
  const description = fieldDescription(schema);
  const error = errors[path];
  return (
    <FieldFrame id={id} label={label} required={required} description={description} error={error}>
      <VariantPicker
        schema={schema}
        value={isSchema(value) ? value : {}}
        onChange={(next) => onChange(Object.keys(next).length === 0 ? undefined : next)}
        path={path}
        selectId={id}
        required={required}
        describedBy={describedBy(id, description, error)}
        invalid={error !== undefined}
      />
    </FieldFrame>
  );
}

interface VariantPickerProps {
  schema: JsonSchema;
  value: Record<string, unknown>;
  onChange(next: Record<string, unknown>): void;
  path: string;
  /** the select's id; its <label htmlFor> is the caller's */
  selectId: string;
  required: boolean;
  describedBy?: string;
  invalid?: boolean;
}

/**
 * The variant select and the chosen branch's fields. Choosing a branch sets
 * its discriminator const; without a discriminator the choice is remembered
 * here until the value itself tells the branch.
 */
export function VariantPicker({
  schema,
  value,
  onChange,
  path,
  selectId,
  required,
  describedBy: describedById,
  invalid,
}: VariantPickerProps) {
  const { disabled } = useSchemaFormSettings();
  const variants = objectVariants(schema) as ObjectVariants;
  const [chosenIndex, setChosenIndex] = useState<number | undefined>(undefined);
  const chosen =
    selectedVariant(variants, value) ??
    (variants.discriminator === undefined && chosenIndex !== undefined ? variants.variants[chosenIndex] : undefined);
  const defaultVariant = 'default' in schema ? selectedVariant(variants, schema.default) : undefined;
  const emptyLabel = defaultVariant ? `Default (${defaultVariant.title})` : required ? 'Choose…' : 'Not set';

  const choose = (text: string) => {
    if (text === '') {
      setChosenIndex(undefined);
      onChange({});
      return;
    }
    const next = variants.variants[Number(text)];
    if (!next) return;
    setChosenIndex(next.index);
    onChange(switchVariant(variants, value, next));
  };

  return (
    <>
      <select
        id={selectId}
        className="sf-input"
        value={chosen ? String(chosen.index) : ''}
        disabled={disabled}
        aria-required={required || undefined}
        aria-describedby={describedById}
        aria-invalid={invalid || undefined}
        onChange={(event) => choose(event.target.value)}
      >
        <option value="">{emptyLabel}</option>
        {variants.variants.map((variant) => (
          <option key={variant.index} value={String(variant.index)}>
            {variant.title}
          </option>
        ))}
      </select>
      {chosen && (
        <div className="sf-variant" role="group" aria-label={chosen.title}>
          {typeof chosen.schema.description === 'string' && (
            <p className="sf-description">{chosen.schema.description}</p>
          )}
          <ObjectFields
            // a new branch is a new set of fields: secret inputs must not carry typed text across
            key={chosen.index}
            properties={variantFields(variants, chosen)}
            required={requiredProperties(chosen.schema)}
            value={value}
            onChange={(next) =>
              onChange(variants.discriminator ? { ...next, [variants.discriminator]: chosen.discriminatorValue } : next)
            }
            path={path}
          />
        </div>
      )}
    </>
  );
}
