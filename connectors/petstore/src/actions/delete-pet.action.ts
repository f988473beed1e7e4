// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const DeletePetInput = z.strictObject({
  api_key: z.string().optional(),
  petId: z.number().int().describe('Pet id to delete'),
});
export type DeletePetInput = z.input<typeof DeletePetInput>;

export const DeletePetOutput = z.unknown();
export type DeletePetOutput = z.output<typeof DeletePetOutput>;

export const deletePet = defineAction({
  name: 'deletePet',
  displayName: 'Deletes a pet',
  description: 'Delete a pet. (DELETE /pet/{petId})',
  auth: PetstoreAuth,
  input: DeletePetInput,
  output: DeletePetOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'DELETE',
      path: '/pet/{petId}',
      pathParams: { petId: input.petId },
      headers: { api_key: input.api_key },
      responseSchema: DeletePetOutput,
    });
  },
});
