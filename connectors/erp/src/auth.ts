import { secret } from '@tributary/connector-sdk';
import { z } from 'zod';

/** A connection to Acme ERP: its address and the `X-API-Key` its write endpoints require. */
export const ErpAuth = z
  .object({
    baseUrl: z
      .url({ protocol: /^https?$/ })
      .describe('The ERP root, e.g. https://erp.example.com (the API lives under /api)'),
    apiKey: secret(z.string().min(1)).describe('Sent as X-API-Key'),
  })
  .meta({ title: 'API key' });
export type ErpAuth = z.output<typeof ErpAuth>;
