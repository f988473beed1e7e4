// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { Pet } from '../api.schemas';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const FindPetsByStatusInput = z.strictObject({
  status: z
    .enum(['available', 'pending', 'sold'])
    .default('available')
    .describe('Status values that need to be considered for filter'),
});
export type FindPetsByStatusInput = z.input<typeof FindPetsByStatusInput>;

export const FindPetsByStatusOutput = z.array(Pet);
export type FindPetsByStatusOutput = z.output<typeof FindPetsByStatusOutput>;

export const findPetsByStatus = defineAction({
  name: 'findPetsByStatus',
  displayName: 'Finds Pets by status',
  description: 'Multiple status values can be provided with comma separated strings. (GET /pet/findByStatus)',
  auth: PetstoreAuth,
  input: FindPetsByStatusInput,
  output: FindPetsByStatusOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'GET',
      path: '/pet/findByStatus',
      query: { status: input.status },
      responseSchema: FindPetsByStatusOutput,
    });
  },
});
