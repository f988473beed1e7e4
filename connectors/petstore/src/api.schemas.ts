// Generated from scripts/openapi-import/fixtures/petstore3.openapi.json (Swagger Petstore - OpenAPI 3.0 1.0.27).
// Do not edit: change the document or scripts/openapi-import, then regenerate with
//   npm run connector:import-openapi -- scripts/openapi-import/fixtures/petstore3.openapi.json petstore --display "Swagger Petstore" --document-url https://petstore3.swagger.io/api/v3/openapi.json

import { z } from 'zod';

/** `Order` from the document's components. */
export const Order = z.object({
  id: z.number().int().optional(),
  petId: z.number().int().optional(),
  quantity: z.number().int().optional(),
  shipDate: z.string().datetime({ offset: true }).optional(),
  status: z.enum(['placed', 'approved', 'delivered']).describe('Order Status').optional(),
  complete: z.boolean().optional(),
});
export type Order = z.output<typeof Order>;

/** `Category` from the document's components. */
export const Category = z.object({ id: z.number().int().optional(), name: z.string().optional() });
export type Category = z.output<typeof Category>;

/** `Tag` from the document's components. */
export const Tag = z.object({ id: z.number().int().optional(), name: z.string().optional() });
export type Tag = z.output<typeof Tag>;

/** `Pet` from the document's components. */
export const Pet = z.object({
  id: z.number().int().optional(),
  name: z.string(),
  category: Category.optional(),
  photoUrls: z.array(z.string()),
  tags: z.array(Tag).optional(),
  status: z.enum(['available', 'pending', 'sold']).describe('pet status in the store').optional(),
});
export type Pet = z.output<typeof Pet>;

/** `User` from the document's components. */
export const User = z.object({
  id: z.number().int().optional(),
  username: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  password: z.string().optional(),
  phone: z.string().optional(),
  userStatus: z.number().int().describe('User Status').optional(),
});
export type User = z.output<typeof User>;
