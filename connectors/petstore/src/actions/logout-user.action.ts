// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const LogoutUserInput = z.strictObject({});
export type LogoutUserInput = z.input<typeof LogoutUserInput>;

export const LogoutUserOutput = z.unknown();
export type LogoutUserOutput = z.output<typeof LogoutUserOutput>;

export const logoutUser = defineAction({
  name: 'logoutUser',
  displayName: 'Logs out current logged in user session',
  description: 'Log user out of the system. (GET /user/logout)',
  auth: PetstoreAuth,
  input: LogoutUserInput,
  output: LogoutUserOutput,
  async run(ctx, _input) {
    return callPetstore(ctx, {
      method: 'GET',
      path: '/user/logout',
      responseSchema: LogoutUserOutput,
    });
  },
});
