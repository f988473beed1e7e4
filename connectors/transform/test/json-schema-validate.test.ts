import { executeAction, InvalidInputError, NonRetryableError } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { describe, expect, it } from 'vitest';
import connector from '../src/index';
import type { ValidateJsonSchemaInput } from '../src/actions/validate-json-schema.action';
import { connectorWithSpiedRun } from './spied-connector';

function validate(input: ValidateJsonSchemaInput) {
  return executeAction(connector, 'jsonSchemaValidate', { input, auth: undefined, idempotencyKey: 'run_test:step' });
}

const WORK_ORDER_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['orderId', 'asset', 'priority', 'tasks'],
  properties: {
    orderId: { type: 'string', pattern: '^WO-\\d{6}$' },
    asset: {
      type: 'object',
      required: ['tag'],
      properties: { tag: { type: 'string' }, site: { enum: ['HAM', 'MUC'] } },
    },
    priority: { type: 'integer', minimum: 1, maximum: 4 },
    tasks: { type: 'array', minItems: 1, items: { $ref: '#/$defs/task' } },
  },
  additionalProperties: false,
  $defs: {
    task: {
      type: 'object',
      required: ['step', 'durationMin'],
      properties: { step: { type: 'string' }, durationMin: { type: 'number', exclusiveMinimum: 0 } },
    },
  },
};

const VALID_ORDER = {
  orderId: 'WO-004711',
  asset: { tag: 'P-101A', site: 'HAM' },
  priority: 2,
  tasks: [{ step: 'Replace mechanical seal', durationMin: 90 }],
};

describe('transform connector: jsonSchemaValidate', () => {
  it('accepts a work order that has every required field', async () => {
    expect(await validate({ value: VALID_ORDER, schema: WORK_ORDER_SCHEMA })).toEqual({ valid: true, errors: [] });
  });

  it('lists each violation once, at its JSON pointer', async () => {
    const value = {
      orderId: 'WO-47',
      asset: { site: 'BER' },
      priority: 7,
      tasks: [{ step: 'Inspect' }, { step: 'Lubricate', durationMin: 0 }],
      comment: 'urgent',
    };
    const output = await validate({ value, schema: WORK_ORDER_SCHEMA });

    expect(output.valid).toBe(false);
    expect(output.errors.map((error) => error.path).sort()).toEqual(
      ['/orderId', '/asset', '/asset/site', '/priority', '/tasks/0', '/tasks/1/durationMin', ''].sort(),
    );
    expect(output.errors).toContainEqual({
      path: '/asset',
      message: 'Instance does not have required property "tag".',
    });
    expect(output.errors).toContainEqual({
      path: '',
      message: 'Property "comment" does not match additional properties schema.',
    });
  });

  it('reports a missing required field at the object that lacks it', async () => {
    const { orderId: _dropped, ...withoutId } = VALID_ORDER;
    const output = await validate({ value: withoutId, schema: WORK_ORDER_SCHEMA });
    expect(output).toEqual({
      valid: false,
      errors: [{ path: '', message: 'Instance does not have required property "orderId".' }],
    });
  });

  it('accepts boolean schemas', async () => {
    expect((await validate({ value: 1, schema: true })).valid).toBe(true);
    expect((await validate({ value: 1, schema: false })).errors).toHaveLength(1);
  });

  it.each([
    ['a misspelt type', { type: 'strng' }, '/type'],
    ['required as a string', { type: 'object', required: 'orderId' }, '/required'],
    ['a negative length', { properties: { tag: { type: 'string', minLength: -1 } } }, '/properties/tag/minLength'],
    ['an invalid regular expression', { pattern: '^(WO-' }, '/pattern'],
  ])('fails a schema with %s with a non-retryable error naming where', async (_name, schema, where) => {
    const error = await expectRejection(validate({ value: 'x', schema }), NonRetryableError);
    expect(error.code).toBe('INVALID_SCHEMA');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/^The schema is not a valid JSON Schema: /);
    expect(error.message).toContain(where);
  });

  it('fails a schema whose $ref points nowhere', async () => {
    const error = await expectRejection(
      validate({ value: {}, schema: { $ref: '#/$defs/missing' } }),
      NonRetryableError,
    );
    expect(error.code).toBe('INVALID_SCHEMA');
    expect(error.message).toContain('Unresolved $ref "#/$defs/missing"');
  });

  it('rejects a schema that is not an object or boolean, naming the field, without running', async () => {
    const { connector: spied, run } = connectorWithSpiedRun('jsonSchemaValidate');
    const error = await expectRejection(
      executeAction(spied, 'jsonSchemaValidate', {
        input: { value: {}, schema: '{"type":"object"}' },
        auth: undefined,
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['schema']);
    expect(run).not.toHaveBeenCalled();
  });
});
