import { z } from 'zod';

/** Per HTTP attempt, the WSDL download included. */
export const TimeoutMs = z.number().int().positive().max(600_000).default(30_000).describe('Per HTTP attempt');

export const WsdlUrl = z
  .url({ protocol: /^https?$/ })
  .optional()
  .describe("The WSDL, e.g. https://erp.example.com/ws/orders?wsdl; default: the connection's");
