import type { FieldMappingDefinition } from './field-mapping';

/**
 * The demo mapping: an ERP maintenance job (examples/erp-simulator) to the
 * body of the CMMS's `POST /api/work-orders` (examples/cmms-simulator). The
 * README walks through it; the spec and the throughput benchmark run it.
 */
export const erpJobToCmmsWorkOrder = {
  sourceSchema: {
    type: 'object',
    properties: {
      jobNumber: { type: 'string' },
      asset: { type: 'string' },
      description: { type: 'string' },
      priority: { enum: ['High', 'Medium', 'Low'] },
      dueDate: { type: 'string', pattern: '^\\d{2}\\.\\d{2}\\.\\d{4}$' },
      plant: { type: 'string' },
    },
    required: ['jobNumber', 'asset', 'description', 'priority', 'dueDate'],
  },
  targetSchema: {
    type: 'object',
    properties: {
      title: { type: 'string', minLength: 1, maxLength: 200 },
      assetTag: { type: 'string', minLength: 1, maxLength: 64 },
      priority: { enum: [1, 2, 3] },
      dueAt: { type: 'string', format: 'date-time' },
      description: { type: 'string', maxLength: 4000 },
      externalRef: { type: 'string', maxLength: 128 },
    },
    required: ['title', 'assetTag', 'priority', 'dueAt'],
    additionalProperties: false,
  },
  rules: [
    {
      target: 'title',
      source: 'description',
      transforms: [
        { kind: 'text', op: 'trim' },
        { kind: 'substring', start: 0, length: 200 },
      ],
      required: true,
    },
    {
      target: 'assetTag',
      source: 'asset',
      transforms: [
        { kind: 'text', op: 'trim' },
        { kind: 'text', op: 'upper' },
      ],
      required: true,
    },
    {
      target: 'priority',
      source: 'priority',
      // an ERP priority the CMMS does not know becomes "medium" instead of failing the job
      transforms: [{ kind: 'lookup', table: { High: 1, Medium: 2, Low: 3 }, default: 2, caseInsensitive: true }],
      default: 2,
    },
    {
      target: 'dueAt',
      source: 'dueDate',
      transforms: [{ kind: 'date', from: 'dd.MM.yyyy', zone: 'Europe/Berlin' }],
      required: true,
    },
    {
      target: 'description',
      source: 'description',
      transforms: [
        { kind: 'text', op: 'trim' },
        { kind: 'template', template: '{{value}}\n\nPlant {{source.plant}}' },
        { kind: 'substring', start: 0, length: 4000 },
      ],
    },
    { target: 'externalRef', source: 'jobNumber', transforms: [{ kind: 'template', template: 'ERP-{{value}}' }] },
  ],
} satisfies FieldMappingDefinition;
