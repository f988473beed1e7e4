import { describe, expect, it } from 'vitest';
import { parseImportArguments } from './import-arguments';

describe('parseImportArguments', () => {
  it('reads the document, the name and every option', () => {
    expect(
      parseImportArguments([
        'api.yaml',
        'billing',
        '--display',
        'Billing API',
        '--operations',
        'listInvoices, getInvoice',
        '--document-url',
        'https://billing.example.com/openapi.yaml',
        '--out',
        '/tmp/billing',
      ]),
    ).toEqual({
      documentPath: 'api.yaml',
      name: 'billing',
      displayName: 'Billing API',
      operations: ['listInvoices', 'getInvoice'],
      documentUrl: 'https://billing.example.com/openapi.yaml',
      out: '/tmp/billing',
    });
  });

  it('refuses unknown options, options without a value and a relative document URL', () => {
    expect(() => parseImportArguments(['a.json', 'a', '--displya', 'A'])).toThrow(/unknown option --displya/);
    expect(() => parseImportArguments(['a.json', 'a', '--display'])).toThrow(/--display needs a value/);
    expect(() => parseImportArguments(['a.json', 'a', '--document-url', '/openapi.json'])).toThrow(/absolute URL/);
    expect(() => parseImportArguments(['a.json'])).toThrow(/usage/);
  });
});
