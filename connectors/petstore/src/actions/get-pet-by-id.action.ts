// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { Pet } from '../api.schemas';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const GetPetByIdInput = z.strictObject({ petId: z.number().int().describe('ID of pet to return') });
export type GetPetByIdInput = z.input<typeof GetPetByIdInput>;

export const GetPetByIdOutput = Pet;
export type GetPetByIdOutput = z.output<typeof GetPetByIdOutput>;

export const getPetById = defineAction({
  name: 'getPetById',
  displayName: 'Find pet by ID',
  description: 'Returns a single pet. (GET /pet/{petId})',
  auth: PetstoreAuth,
  input: GetPetByIdInput,
  output: GetPetByIdOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'GET',
      path: '/pet/{petId}',
      pathParams: { petId: input.petId },
      responseSchema: GetPetByIdOutput,
    });
  },
});
