import { executeAction, InvalidInputError, NonRetryableError } from '@tributary/connector-sdk';
import { expectRejection } from '@tributary/connector-sdk/testing/expect-rejection';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import connector from '../src/index';
import type { BuildXmlInput } from '../src/actions/build-xml.action';
import type { ParseXmlInput } from '../src/actions/parse-xml.action';
import { connectorWithSpiedRun } from './spied-connector';

const PURCHASE_ORDER = `<?xml version="1.0" encoding="UTF-8"?>
<PurchaseOrder number="PO-4711" date="2026-03-02">
  <Supplier id="0042">Müller &amp; Söhne GmbH</Supplier>
  <Items>
    <Item line="10" sku="BRG-6204-2RS">
      <Description>Deep groove ball bearing</Description>
      <Quantity unit="PCE">24</Quantity>
      <Price currency="EUR">3.85</Price>
    </Item>
  </Items>
</PurchaseOrder>`;

function parseXml(input: ParseXmlInput) {
  return executeAction(connector, 'xmlParse', { input, auth: undefined, idempotencyKey: 'run_test:step_xml' });
}

function buildXml(input: BuildXmlInput) {
  return executeAction(connector, 'xmlBuild', { input, auth: undefined, idempotencyKey: 'run_test:step_xml' });
}

describe('transform connector: xmlParse', () => {
  it('reads a purchase order with attributes, keeping values as strings and one Item as an array', async () => {
    const { value } = await parseXml({ text: PURCHASE_ORDER, alwaysArray: ['PurchaseOrder.Items.Item'] });

    expect(value).toEqual({
      PurchaseOrder: {
        '@number': 'PO-4711',
        '@date': '2026-03-02',
        Supplier: { '@id': '0042', '#text': 'Müller & Söhne GmbH' },
        Items: {
          Item: [
            {
              '@line': '10',
              '@sku': 'BRG-6204-2RS',
              Description: 'Deep groove ball bearing',
              Quantity: { '@unit': 'PCE', '#text': '24' },
              Price: { '@currency': 'EUR', '#text': '3.85' },
            },
          ],
        },
      },
    });
  });

  it('drops attributes when asked, and uses the chosen attribute prefix', async () => {
    const withoutAttributes = await parseXml({ text: PURCHASE_ORDER, ignoreAttributes: true });
    expect(withoutAttributes.value).toMatchObject({ PurchaseOrder: { Supplier: 'Müller & Söhne GmbH' } });

    const prefixed = await parseXml({ text: '<Tag id="TT-101">21.5</Tag>', attributePrefix: 'attr_' });
    expect(prefixed.value).toEqual({ Tag: { attr_id: 'TT-101', '#text': '21.5' } });
  });

  it('fails malformed XML with a non-retryable error naming line and column', async () => {
    const text = '<PurchaseOrder>\n  <Items>\n    <Item></Items>\n</PurchaseOrder>';
    const error = await expectRejection(parseXml({ text }), NonRetryableError);

    expect(error.code).toBe('XML_MALFORMED');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/^Malformed XML at line 3, column \d+: /);
    expect(error.details).toMatchObject({ line: 3 });
  });

  it('never loads an external entity (XXE)', async () => {
    const text = '<?xml version="1.0"?><!DOCTYPE po [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><po>&xxe;</po>';
    const error = await expectRejection(parseXml({ text }), NonRetryableError);
    expect(error.code).toBe('XML_REJECTED');
    expect(error.message).toContain('External entities are not supported');
  });

  it('stops an entity expansion bomb at the expansion limit', async () => {
    const entity = 'x'.repeat(900);
    const text = `<!DOCTYPE bomb [<!ENTITY e "${entity}">]><bomb>${'&e;'.repeat(200)}</bomb>`;
    const error = await expectRejection(parseXml({ text }), NonRetryableError);
    expect(error.code).toBe('XML_REJECTED');
    expect(error.message).toContain('limit exceeded');
  });

  it('does not expand nested entities ("billion laughs")', async () => {
    const lol = (n: number) => `&lol${n};`.repeat(10);
    const text = `<!DOCTYPE lolz [<!ENTITY lol1 "lol"><!ENTITY lol2 "${lol(1)}"><!ENTITY lol3 "${lol(2)}"><!ENTITY lol4 "${lol(3)}">]><lolz>&lol4;</lolz>`;
    const { value } = await parseXml({ text });
    // Fully expanded this would be 3,000 characters; entities that reference entities are left unresolved.
    expect(JSON.stringify(value).length).toBeLessThan(100);
  });

  it('rejects invalid input, naming the field, without running the action', async () => {
    const { connector: spied, run } = connectorWithSpiedRun('xmlParse');
    const error = await expectRejection(
      executeAction(spied, 'xmlParse', {
        input: { text: '', alwaysArray: 'Item' },
        auth: undefined,
        idempotencyKey: 'k',
      }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['text', 'alwaysArray']);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('transform connector: xmlBuild', () => {
  const order = {
    '@number': 'PO-4711',
    Supplier: { '@id': '0042', '#text': 'Müller & Söhne <GmbH>' },
    Item: [
      { '@line': '10', Quantity: 24 },
      { '@line': '20', Quantity: 6 },
    ],
  };

  it('builds a compact document under rootName, escaping text and attributes', async () => {
    const { text } = await buildXml({ value: order, rootName: 'PurchaseOrder' });
    expect(text).toBe(
      '<PurchaseOrder number="PO-4711"><Supplier id="0042">Müller &amp; Söhne &lt;GmbH&gt;</Supplier>' +
        '<Item line="10"><Quantity>24</Quantity></Item><Item line="20"><Quantity>6</Quantity></Item></PurchaseOrder>',
    );
  });

  it('pretty-prints with two-space indentation', async () => {
    const { text } = await buildXml({ value: { Tag: { '@id': 'TT-101', Value: '21.5' } }, pretty: true });
    expect(text).toBe('<Tag id="TT-101">\n  <Value>21.5</Value>\n</Tag>');
  });

  it('round-trips through xmlParse', async () => {
    const { value } = await parseXml({ text: PURCHASE_ORDER });
    const { text } = await buildXml({ value: z.record(z.string(), z.unknown()).parse(value) });
    expect((await parseXml({ text })).value).toEqual(value);
  });

  it('refuses a value with several roots when no rootName is given', async () => {
    const error = await expectRejection(buildXml({ value: { a: '1', b: '2' } }), NonRetryableError);
    expect(error.code).toBe('XML_ROOT_REQUIRED');
    expect(error.message).toContain('exactly one root element, got 2 (a, b)');
  });

  it('refuses keys that are not valid element names', async () => {
    const error = await expectRejection(
      buildXml({ value: { 'unit price': '3.85' }, rootName: 'Item' }),
      NonRetryableError,
    );
    expect(error.code).toBe('XML_INVALID_VALUE');
  });

  it('rejects invalid input, naming the field, without running the action', async () => {
    const { connector: spied, run } = connectorWithSpiedRun('xmlBuild');
    const error = await expectRejection(
      executeAction(spied, 'xmlBuild', { input: { value: 'x', pretty: 'yes' }, auth: undefined, idempotencyKey: 'k' }),
      InvalidInputError,
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['value', 'pretty']);
    expect(run).not.toHaveBeenCalled();
  });
});
