// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { PetstoreAuth } from '../auth';
import { callPetstore } from '../client';

export const DeleteOrderInput = z.strictObject({
  orderId: z.number().int().describe('ID of the order that needs to be deleted'),
});
export type DeleteOrderInput = z.input<typeof DeleteOrderInput>;

export const DeleteOrderOutput = z.unknown();
export type DeleteOrderOutput = z.output<typeof DeleteOrderOutput>;

export const deleteOrder = defineAction({
  name: 'deleteOrder',
  displayName: 'Delete purchase order by identifier',
  description:
    'For valid response try integer IDs with value < 1000. Anything above 1000 or non-integers will generate API errors. (DELETE /store/order/{orderId})',
  auth: PetstoreAuth,
  input: DeleteOrderInput,
  output: DeleteOrderOutput,
  async run(ctx, input) {
    return callPetstore(ctx, {
      method: 'DELETE',
      path: '/store/order/{orderId}',
      pathParams: { orderId: input.orderId },
      responseSchema: DeleteOrderOutput,
    });
  },
});
