// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { Pet } from '../api.schemas';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const UpdatePetWithFormInput = z.strictObject({
  petId: z.number().int().describe('ID of pet that needs to be updated'),
  name: z.string().optional().describe('Name of pet that needs to be updated'),
  status: z.string().optional().describe('Status of pet that needs to be updated'),
});
export type UpdatePetWithFormInput = z.input<typeof UpdatePetWithFormInput>;

export const UpdatePetWithFormOutput = Pet;
export type UpdatePetWithFormOutput = z.output<typeof UpdatePetWithFormOutput>;

export const updatePetWithForm = defineAction({
  name: 'updatePetWithForm',
  displayName: 'Updates a pet in the store with form data',
  description: 'Updates a pet resource based on the form data. (POST /pet/{petId})',
  auth: PetstoreAuth,
  input: UpdatePetWithFormInput,
  output: UpdatePetWithFormOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'POST',
      path: '/pet/{petId}',
      pathParams: { petId: input.petId },
      query: { name: input.name, status: input.status },
      responseSchema: UpdatePetWithFormOutput,
    });
  },
});
