// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { User } from '../api.schemas';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const CreateUsersWithListInputInput = z.strictObject({ body: z.array(User).optional() });
export type CreateUsersWithListInputInput = z.input<typeof CreateUsersWithListInputInput>;

export const CreateUsersWithListInputOutput = User;
export type CreateUsersWithListInputOutput = z.output<typeof CreateUsersWithListInputOutput>;

export const createUsersWithListInput = defineAction({
  name: 'createUsersWithListInput',
  displayName: 'Creates list of users with given input array',
  description: 'Creates list of users with given input array. (POST /user/createWithList)',
  auth: PetstoreAuth,
  input: CreateUsersWithListInputInput,
  output: CreateUsersWithListInputOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'POST',
      path: '/user/createWithList',
      json: input.body,
      responseSchema: CreateUsersWithListInputOutput,
    });
  },
});
