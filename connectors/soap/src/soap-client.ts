import {
  ConnectorError,
  createHttpClient,
  InvalidInputError,
  NonRetryableError,
  type ActionContext,
} from '@tributary/connector-sdk';
import { createClientAsync, WSSecurity, type Client } from 'soap';
import { soapHttpAuth, type SoapAuth } from './auth';
import { soapFaultError } from './soap-fault';
import { createSoapTransport } from './soap-transport';

type Context = Pick<ActionContext<SoapAuth>, 'auth' | 'logger' | 'signal'>;

/** Services → ports → operations, as the WSDL declares them. */
export type WsdlDescription = Record<string, Record<string, Record<string, { input: unknown; output: unknown }>>>;

export interface OperationCall {
  service?: string;
  port?: string;
  operation: string;
  arguments: Record<string, unknown>;
  /** objects are turned into XML by node-soap; strings are inserted as they are */
  soapHeaders?: (string | Record<string, unknown>)[];
}

/**
 * Opens the WSDL (`wsdlUrl` from the step, else from the connection) with the
 * connection's credentials. A missing URL is an input error naming `wsdlUrl`,
 * raised before anything is sent; a document that is not a WSDL is not retried.
 */
export async function openSoapClient(
  ctx: Context,
  options: { wsdlUrl?: string | undefined; timeoutMs: number },
): Promise<Client> {
  const wsdlUrl = options.wsdlUrl ?? ctx.auth.wsdlUrl;
  if (wsdlUrl === undefined) {
    throw new InvalidInputError('No WSDL to call', [
      { path: 'wsdlUrl', message: 'give the WSDL URL in the step or in the connection' },
    ]);
  }
  const httpAuth = soapHttpAuth(ctx.auth);
  const http = createHttpClient({
    headers: httpAuth.headers,
    secrets: httpAuth.secrets,
    logger: ctx.logger,
    signal: ctx.signal,
    timeoutMs: options.timeoutMs,
  });
  let client: Client;
  try {
    client = await createClientAsync(wsdlUrl, {
      httpClient: createSoapTransport(http, options.timeoutMs),
      // The cache is per process and keyed by URL only: connections with other credentials must fetch their own.
      disableCache: true,
      ...(ctx.auth.endpoint === undefined ? {} : { endpoint: ctx.auth.endpoint }),
    });
  } catch (error) {
    if (error instanceof ConnectorError) throw error;
    throw new NonRetryableError(`${wsdlUrl} is not a WSDL node-soap can read: ${messageOf(error)}`, {
      code: 'INVALID_WSDL',
      details: { wsdlUrl },
    });
  }
  if (ctx.auth.type === 'wsSecurity') {
    client.setSecurity(
      new WSSecurity(ctx.auth.username, ctx.auth.password, { passwordType: ctx.auth.passwordType, hasTimeStamp: true }),
    );
  }
  return client;
}

/** What the WSDL offers, for analysts picking a service, port and operation. */
export function describeWsdl(client: Client): WsdlDescription {
  return client.describe() as WsdlDescription;
}

/**
 * Calls one operation. Service and port default to the first ones that have
 * the operation; names the WSDL does not have are input errors that list what
 * it does have. SOAP Faults become connector errors (see `soap-fault.ts`).
 */
export async function callOperation(
  client: Client,
  call: OperationCall,
): Promise<{ result: unknown; rawResponse: string }> {
  const { service, port } = locateOperation(describeWsdl(client), call);
  for (const header of call.soapHeaders ?? []) client.addSoapHeader(header);
  const method: unknown = client[service]?.[port]?.[call.operation];
  if (typeof method !== 'function') throw new Error(`node-soap did not define ${service}.${port}.${call.operation}`);
  return new Promise((resolve, reject) => {
    method.call(client, call.arguments, (error: unknown, result: unknown, rawResponse: unknown) => {
      if (error === null || error === undefined) {
        resolve({ result: result ?? null, rawResponse: typeof rawResponse === 'string' ? rawResponse : '' });
        return;
      }
      reject(soapFaultError(error, call.operation) ?? error);
    });
  });
}

function locateOperation(description: WsdlDescription, call: OperationCall): { service: string; port: string } {
  const services = Object.keys(description);
  if (call.service !== undefined && !(call.service in description)) {
    throw notInWsdl('service', `service "${call.service}" is not in the WSDL`, services);
  }
  const candidates = (call.service === undefined ? services : [call.service]).flatMap((service) =>
    Object.keys(description[service] ?? {})
      .filter((port) => call.port === undefined || port === call.port)
      .map((port) => ({ service, port })),
  );
  if (candidates.length === 0) {
    const ports = (call.service === undefined ? services : [call.service]).flatMap((service) =>
      Object.keys(description[service] ?? {}),
    );
    throw notInWsdl('port', `port "${call.port}" is not in the WSDL`, ports);
  }
  const found = candidates.find(({ service, port }) => call.operation in (description[service]?.[port] ?? {}));
  if (found === undefined) {
    const operations = candidates.flatMap(({ service, port }) => Object.keys(description[service]?.[port] ?? {}));
    throw notInWsdl('operation', `operation "${call.operation}" is not in the WSDL`, [...new Set(operations)]);
  }
  return found;
}

function notInWsdl(field: string, message: string, available: string[]): InvalidInputError {
  return new InvalidInputError(`Invalid input for soap.call`, [
    { path: field, message: `${message}; it has ${available.join(', ') || 'none'}` },
  ]);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
