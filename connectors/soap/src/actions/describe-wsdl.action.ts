import { defineAction } from '@tributary/connector-sdk';
import { z } from 'zod';
import { SoapAuth } from '../auth';
import { describeWsdl, openSoapClient } from '../soap-client';
import { TimeoutMs, WsdlUrl } from '../soap.schemas';

export const DescribeWsdlInput = z.strictObject({ wsdlUrl: WsdlUrl, timeoutMs: TimeoutMs });
export type DescribeWsdlInput = z.input<typeof DescribeWsdlInput>;

const Operation = z.object({
  name: z.string(),
  input: z.unknown().describe('Element names of the request message and their XML types'),
  output: z.unknown().describe('Element names of the response message and their XML types'),
});

export const DescribeWsdlOutput = z.object({
  services: z.array(
    z.object({
      name: z.string(),
      ports: z.array(z.object({ name: z.string(), operations: z.array(Operation) })),
    }),
  ),
});
export type DescribeWsdlOutput = z.output<typeof DescribeWsdlOutput>;

export const describe = defineAction({
  name: 'describe',
  displayName: 'Describe WSDL',
  description: 'Lists the services, ports and operations of a WSDL, with the shape of each message.',
  auth: SoapAuth,
  input: DescribeWsdlInput,
  output: DescribeWsdlOutput,
  async run(ctx, input) {
    const description = describeWsdl(await openSoapClient(ctx, input));
    return {
      services: Object.entries(description).map(([service, ports]) => ({
        name: service,
        ports: Object.entries(ports).map(([port, operations]) => ({
          name: port,
          operations: Object.entries(operations).map(([operation, messages]) => ({
            name: operation,
            input: messages.input,
            output: messages.output,
          })),
        })),
      })),
    };
  },
});
