// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { Pet } from '../api.schemas';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const AddPetInput = z.strictObject({ body: Pet.describe('Create a new pet in the store') });
export type AddPetInput = z.input<typeof AddPetInput>;

export const AddPetOutput = Pet;
export type AddPetOutput = z.output<typeof AddPetOutput>;

export const addPet = defineAction({
  name: 'addPet',
  displayName: 'Add a new pet to the store',
  description: 'Add a new pet to the store. (POST /pet)',
  auth: PetstoreAuth,
  input: AddPetInput,
  output: AddPetOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'POST',
      path: '/pet',
      json: input.body,
      responseSchema: AddPetOutput,
    });
  },
});
