import { secret } from '@tributary/connector-sdk';
import { z } from 'zod';

/**
 * How a connection to a SOAP service authenticates. HTTP Basic and bearer
 * tokens travel as HTTP headers; WS-Security puts a UsernameToken into the SOAP
 * header of every call. Every variant may name the WSDL (so steps need not)
 * and override the endpoint the WSDL declares (a test system behind a proxy).
 */

const httpUrl = z.url({ protocol: /^https?$/ });
const wsdlUrl = httpUrl.optional().describe('Used when a step gives none, e.g. https://erp.example.com/ws/orders?wsdl');
const endpoint = httpUrl
  .optional()
  .describe("Send calls here instead of the WSDL's soap:address, e.g. https://erp-test.example.com/ws/orders");

export const NoSoapAuth = z.object({ type: z.literal('none'), wsdlUrl, endpoint }).meta({ title: 'No authentication' });

export const BasicSoapAuth = z
  .object({ type: z.literal('basic'), wsdlUrl, endpoint, username: z.string().min(1), password: secret(z.string()) })
  .meta({ title: 'HTTP Basic authentication' });

export const WsSecuritySoapAuth = z
  .object({
    type: z.literal('wsSecurity'),
    wsdlUrl,
    endpoint,
    username: z.string().min(1),
    password: secret(z.string().min(1)),
    passwordType: z
      .enum(['PasswordText', 'PasswordDigest'])
      .default('PasswordText')
      .describe('PasswordDigest sends a hash with a nonce instead of the password itself'),
  })
  .meta({ title: 'WS-Security UsernameToken' });

export const BearerSoapAuth = z
  .object({
    type: z.literal('bearer'),
    wsdlUrl,
    endpoint,
    token: secret(z.string().min(1)).describe('Sent as "Authorization: Bearer <token>"'),
  })
  .meta({ title: 'Bearer token' });

/** A step without a connection runs with `{ type: 'none' }`. */
export const SoapAuth = z
  .discriminatedUnion('type', [NoSoapAuth, BasicSoapAuth, WsSecuritySoapAuth, BearerSoapAuth])
  .prefault({ type: 'none' });
export type SoapAuth = z.output<typeof SoapAuth>;

/** What the connection adds to each HTTP request, and the values never to show. */
export interface SoapHttpAuth {
  headers: Record<string, string>;
  secrets: string[];
}

/**
 * The HTTP side of the connection's credentials (WS-Security is applied to the
 * envelope instead, see `soap-client.ts`).
 *
 * @example
 * soapHttpAuth({ type: 'bearer', token: 't0k3n' }).headers; // { authorization: 'Bearer t0k3n' }
 */
export function soapHttpAuth(auth: SoapAuth): SoapHttpAuth {
  switch (auth.type) {
    case 'none':
      return { headers: {}, secrets: [] };
    case 'basic': {
      const encoded = Buffer.from(`${auth.username}:${auth.password}`).toString('base64');
      return { headers: { authorization: `Basic ${encoded}` }, secrets: [auth.password, encoded] };
    }
    case 'wsSecurity':
      return { headers: {}, secrets: [auth.password] };
    case 'bearer':
      return { headers: { authorization: `Bearer ${auth.token}` }, secrets: [auth.token] };
  }
}
