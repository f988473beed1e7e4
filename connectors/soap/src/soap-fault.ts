import { NonRetryableError, RetryableError, type ConnectorError } from '@tributary/connector-sdk';

/**
 * Fault codes that blame the request (SOAP 1.1 `Client`, SOAP 1.2 `Sender`, and
 * the envelope-level ones): sending it again fails again. `Server`/`Receiver`
 * faults are the service's trouble and worth a retry.
 */
const CALLER_FAULTS = new Set(['client', 'sender', 'versionmismatch', 'mustunderstand', 'dataencodingunknown']);
const SERVICE_FAULTS = new Set(['server', 'receiver']);

export interface SoapFault {
  code: string;
  message: string;
  detail?: unknown;
}

/**
 * The connector error for a SOAP Fault node-soap reported, or undefined when
 * the error is not a fault. An unknown fault code is not retried: repeating a
 * write the service refused for a reason we cannot read is the riskier choice.
 *
 * @example
 * // <faultcode>soap:Client</faultcode><faultstring>Unknown asset</faultstring>
 * soapFaultError(error); // NonRetryableError SOAP_CLIENT_FAULT "SOAP Fault soap:Client: Unknown asset"
 */
export function soapFaultError(error: unknown, operation: string): ConnectorError | undefined {
  const fault = readFault(error);
  if (fault === undefined) return undefined;
  const message = `${operation} returned SOAP Fault ${fault.code}: ${fault.message}`;
  const details = { faultCode: fault.code, faultString: fault.message, detail: fault.detail };
  // `soap:Client.Authentication` → `client`
  const kind = (fault.code.split(':').pop() ?? '').split('.')[0]!.toLowerCase();
  if (SERVICE_FAULTS.has(kind)) return new RetryableError(message, { code: 'SOAP_SERVER_FAULT', details });
  return new NonRetryableError(message, {
    code: CALLER_FAULTS.has(kind) ? 'SOAP_CLIENT_FAULT' : 'SOAP_FAULT',
    details,
  });
}

/** node-soap attaches the parsed envelope as `error.root`; SOAP 1.1 and 1.2 name the parts differently. */
function readFault(error: unknown): SoapFault | undefined {
  const fault = property(property(property(property(error, 'root'), 'Envelope'), 'Body'), 'Fault');
  if (fault === undefined) return undefined;
  const code = text(property(fault, 'faultcode')) ?? text(property(property(fault, 'Code'), 'Value')) ?? 'unknown';
  const message =
    text(property(fault, 'faultstring')) ?? text(property(property(fault, 'Reason'), 'Text')) ?? '(no fault string)';
  const detail = property(fault, 'detail') ?? property(fault, 'Detail');
  return { code, message, ...(detail === undefined ? {} : { detail }) };
}

function property(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** Elements with attributes come back as `{ $value, attributes }`. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  const inner = property(value, '$value');
  return typeof inner === 'string' ? inner : undefined;
}
