// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const GetInventoryInput = z.strictObject({});
export type GetInventoryInput = z.input<typeof GetInventoryInput>;

export const GetInventoryOutput = z.record(z.string(), z.number().int());
export type GetInventoryOutput = z.output<typeof GetInventoryOutput>;

export const getInventory = defineAction({
  name: 'getInventory',
  displayName: 'Returns pet inventories by status',
  description: 'Returns a map of status codes to quantities. (GET /store/inventory)',
  auth: PetstoreAuth,
  input: GetInventoryInput,
  output: GetInventoryOutput,
  async run(ctx, _input) {
    return callPetstore(ctx, {
      method: 'GET',
      path: '/store/inventory',
      responseSchema: GetInventoryOutput,
    });
  },
});
