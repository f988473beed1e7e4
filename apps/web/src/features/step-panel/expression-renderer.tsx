import type { SchemaFormProps } from '../../components/schema-form/schema-form';
import { ExpressionInput, type SampleScope } from '../expressions/expression-input';

/**
 * How the schema form draws a field switched to an expression: an
 * ExpressionInput labelled "<label> expression", completing and previewing
 * against the last test run's data.
 */
export function expressionRenderer(sample: SampleScope): NonNullable<SchemaFormProps['renderExpression']> {
  function renderExpression(field: Parameters<NonNullable<SchemaFormProps['renderExpression']>>[0]) {
    return (
      <ExpressionInput
        id={field.id}
        label={`${field.label} expression`}
        value={field.value}
        onChange={field.onChange}
        scope={sample}
      />
    );
  }
  return renderExpression;
}
