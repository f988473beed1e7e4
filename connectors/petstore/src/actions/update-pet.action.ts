// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { Pet } from '../api.schemas';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const UpdatePetInput = z.strictObject({ body: Pet.describe('Update an existent pet in the store') });
export type UpdatePetInput = z.input<typeof UpdatePetInput>;

export const UpdatePetOutput = Pet;
export type UpdatePetOutput = z.output<typeof UpdatePetOutput>;

export const updatePet = defineAction({
  name: 'updatePet',
  displayName: 'Update an existing pet',
  description: 'Update an existing pet by Id. (PUT /pet)',
  auth: PetstoreAuth,
  input: UpdatePetInput,
  output: UpdatePetOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'PUT',
      path: '/pet',
      json: input.body,
      responseSchema: UpdatePetOutput,
    });
  },
});
