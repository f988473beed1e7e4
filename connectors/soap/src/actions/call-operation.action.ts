import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { SoapAuth } from '../auth';
import { callOperation, openSoapClient } from '../soap-client';
import { TimeoutMs, WsdlUrl } from '../soap.schemas';

const name = z.string().trim().min(1);

export const CallOperationInput = z.strictObject({
  wsdlUrl: WsdlUrl,
  service: name.optional().describe('Default: the first service that has the operation'),
  port: name.optional().describe('Default: the first port of the service that has the operation'),
  operation: name.describe('As listed by the describe action, e.g. CreateWorkOrder'),
  arguments: z
    .record(z.string(), z.unknown())
    .default({})
    .describe('The request message as an object: element names to values, nested as in the WSDL'),
  soapHeaders: z
    .array(z.union([z.string().min(1), z.record(z.string(), z.unknown())]))
    .optional()
    .describe('Extra SOAP header entries: XML strings or objects'),
  includeRawResponse: z.boolean().default(false).describe('Also return the response envelope as XML text'),
  timeoutMs: TimeoutMs,
});
export type CallOperationInput = z.input<typeof CallOperationInput>;

export const CallOperationOutput = z.object({
  result: z.unknown().describe('The response message as an object'),
  rawResponse: z.string().optional(),
});
export type CallOperationOutput = z.output<typeof CallOperationOutput>;

export const call = defineAction({
  name: 'call',
  displayName: 'Call SOAP operation',
  description:
    'Calls one operation of a WSDL-described SOAP service. Client faults fail the step; server faults, 503 and network errors are retried; 429 waits as the service asks.',
  auth: SoapAuth,
  input: CallOperationInput,
  output: CallOperationOutput,
  async run(ctx, input) {
    const client = await openSoapClient(ctx, { wsdlUrl: input.wsdlUrl, timeoutMs: input.timeoutMs });
    const { result, rawResponse } = await callOperation(client, {
      ...(input.service === undefined ? {} : { service: input.service }),
      ...(input.port === undefined ? {} : { port: input.port }),
      operation: input.operation,
      arguments: input.arguments,
      ...(input.soapHeaders === undefined ? {} : { soapHeaders: input.soapHeaders }),
    });
    return input.includeRawResponse ? { result, rawResponse } : { result };
  },
});
