import { NonRetryableError, RetryableError } from '@tributary/connector-sdk';
import { describe, expect, it } from 'vitest';
import { soapFaultError } from './soap-fault';

function nodeSoapError(fault: unknown): Error {
  return Object.assign(new Error('fault'), { root: { Envelope: { Body: { Fault: fault } } } });
}

describe('soapFaultError', () => {
  it('does not retry SOAP 1.1 Client faults, dotted subcodes included', () => {
    const error = soapFaultError(
      nodeSoapError({ faultcode: 'soap:Client.Authentication', faultstring: 'bad user' }),
      'GetWorkOrder',
    );
    expect(error).toBeInstanceOf(NonRetryableError);
    expect(error?.code).toBe('SOAP_CLIENT_FAULT');
    expect(error?.message).toBe('GetWorkOrder returned SOAP Fault soap:Client.Authentication: bad user');
  });

  it('retries SOAP 1.2 Receiver faults', () => {
    const error = soapFaultError(
      nodeSoapError({ Code: { Value: 'env:Receiver' }, Reason: { Text: { $value: 'database down' } } }),
      'CreateWorkOrder',
    );
    expect(error).toBeInstanceOf(RetryableError);
    expect(error?.code).toBe('SOAP_SERVER_FAULT');
    expect(error?.message).toContain('database down');
  });

  it('does not retry a fault code it cannot classify, and ignores errors that are no fault', () => {
    expect(soapFaultError(nodeSoapError({ faultcode: 'ns:Quota', faultstring: 'x' }), 'op')?.retryable).toBe(false);
    expect(soapFaultError(new Error('socket hang up'), 'op')).toBeUndefined();
  });
});
