import { evaluateTemplate } from '@tributary/workflows/expressions/expression-value';
import type { FlowDefinition, MapRule, MapStep } from '@tributary/workflows/flow-definition';
import { useEffect, useState } from 'react';
import type { JsonSchema } from '../../components/schema-form/schema-form';
import { toExpressionScope, type SampleScope } from '../expressions/sample-scope';
import { MappingEditor } from '../field-mapping/mapping-editor';
import { rulesToFieldMapping } from './map-rules-conversion';
import { mappedForAction } from './map-target';
import { TemplateField, TextField } from './panel-fields';
import { problemAt, type StepProblem } from './step-problems';
import { useConnector } from './use-connector-data';

interface MapStepFieldsProps {
  idPrefix: string;
  step: MapStep;
  definition: FlowDefinition;
  sample: SampleScope;
  problems: StepProblem[];
  onChange(next: MapStep): void;
}

/**
 * A map step: a field mapping (source record → target fields, with lookups
 * and defaults) in the mapping editor, or inline rules as rows of
 * target ← template, which can be converted to a field mapping.
 */
export function MapStepFields({ idPrefix, step, definition, sample, problems, onChange }: MapStepFieldsProps) {
  if (step.mapping) {
    return (
      <FieldMappingFields {...{ idPrefix, step, definition, sample, problems, onChange }} mapping={step.mapping} />
    );
  }
  if (step.rules) return <InlineRules {...{ idPrefix, step, sample, problems, onChange }} rules={step.rules} />;
  if (step.mappingRef) {
    return (
      <p className="panel-hint">
        Uses the stored mapping <code>{step.mappingRef.id}</code>, version {step.mappingRef.version}. It is edited where
        it is stored; this flow pins that version.
      </p>
    );
  }
  return (
    <p className="panel-error">This map step has no rules and no mapping; delete it and add "Map fields" again.</p>
  );
}

function FieldMappingFields({
  idPrefix,
  step,
  definition,
  sample,
  problems,
  onChange,
  mapping,
}: MapStepFieldsProps & { mapping: NonNullable<MapStep['mapping']> }) {
  const sourceTemplate = step.source ?? '=$trigger.body';
  const evaluated = useSampleValue(sourceTemplate, sample);
  const [pasted, setPasted] = useState<{ template: unknown; value: unknown } | null>(null);
  // a pasted sample stands in for the evaluated one until the source expression changes
  const pastedSource = pasted && pasted.template === sourceTemplate ? pasted.value : undefined;
  const source = pastedSource ?? (step.each && Array.isArray(evaluated) ? evaluated[0] : evaluated);
  const target = mappedForAction(definition, step.id);
  const targetConnector = useConnector(target?.connector);
  const targetSchema =
    (mapping.targetSchema as JsonSchema | undefined) ??
    (target ? (targetConnector.data?.manifest.actions[target.action]?.input as JsonSchema | undefined) : undefined);

  return (
    <>
      <TemplateField
        id={`${idPrefix}-source`}
        label="Source"
        value={sourceTemplate}
        onChange={(next) => onChange(withSource(step, next))}
        sample={sample}
        problem={problemAt(problems, 'source')}
        hint="The record the mapping reads; by default the trigger's body."
      />
      <div className="panel-field">
        <label>
          <input
            type="checkbox"
            checked={step.each ?? false}
            onChange={(event) => onChange({ ...step, each: event.target.checked })}
          />{' '}
          Map each element of a list source
        </label>
      </div>
      {target && !mapping.targetSchema && (
        <p className="panel-hint">
          Target fields from the input of <code>{target.id}</code> ({target.connector}: {target.action}).
        </p>
      )}
      <MappingEditor
        value={mapping}
        onChange={(next) => onChange({ ...step, mapping: next })}
        source={source}
        onSourceChange={(value) => setPasted({ template: sourceTemplate, value })}
        {...(targetSchema ? { targetSchema } : {})}
        scope={sample}
      />
    </>
  );
}

function InlineRules({
  idPrefix,
  step,
  sample,
  problems,
  onChange,
  rules,
}: Omit<MapStepFieldsProps, 'definition'> & { rules: MapRule[] }) {
  const conversion = rulesToFieldMapping(rules);
  const setRule = (index: number, rule: MapRule) =>
    onChange({ ...step, rules: rules.map((current, at) => (at === index ? rule : current)) });

  return (
    <section aria-label="Map rules">
      <h3>Rules</h3>
      <ol className="panel-rows">
        {rules.map((rule, index) => (
          <li key={index} className="panel-row">
            <TextField
              id={`${idPrefix}-rule-${index}-target`}
              label={`Target ${index + 1}`}
              value={rule.target}
              onChange={(target) => setRule(index, { ...rule, target })}
              problem={problemAt(problems, `rules[${index}].target`)}
              mono
            />
            <TemplateField
              id={`${idPrefix}-rule-${index}-from`}
              label={`Value of ${rule.target || `target ${index + 1}`}`}
              value={rule.from}
              onChange={(from) => setRule(index, { ...rule, from })}
              sample={sample}
              problem={problemAt(problems, `rules[${index}].from`)}
            />
            <button
              type="button"
              className="action-button action-button-small action-button-danger"
              aria-label={`Remove rule ${rule.target || index + 1}`}
              disabled={rules.length === 1}
              onClick={() => onChange({ ...step, rules: rules.filter((_rule, at) => at !== index) })}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className="panel-actions">
        <button
          type="button"
          className="action-button"
          onClick={() => onChange({ ...step, rules: [...rules, { target: `field${rules.length + 1}`, from: '=' }] })}
        >
          Add rule
        </button>
        <button
          type="button"
          className="action-button"
          disabled={!conversion.ok}
          aria-describedby={conversion.ok ? undefined : `${idPrefix}-convert-note`}
          onClick={() => {
            if (!conversion.ok) return;
            const { rules: _rules, ...rest } = step;
            onChange({ ...rest, mapping: conversion.mapping });
          }}
        >
          Convert to field mapping
        </button>
      </div>
      {!conversion.ok && (
        <p className="panel-hint" id={`${idPrefix}-convert-note`}>
          {conversion.reason}
        </p>
      )}
    </section>
  );
}

function withSource(step: MapStep, source: unknown): MapStep {
  const { source: _old, ...rest } = step;
  return source === undefined || source === '=$trigger.body' ? rest : { ...rest, source };
}

/** A template evaluated over the sample data the way the engine would, or undefined while unknown. */
function useSampleValue(template: unknown, sample: SampleScope): unknown {
  const [value, setValue] = useState<unknown>(undefined);
  useEffect(() => {
    let current = true;
    evaluateTemplate(template, toExpressionScope(sample), 'source').then(
      (result) => current && setValue(result),
      () => current && setValue(undefined),
    );
    return () => {
      current = false;
    };
  }, [template, sample]);
  return value;
}
