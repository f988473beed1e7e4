import { defineAction, NonRetryableError } from '@tributary/connector-sdk';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';

/**
 * fast-xml-parser never resolves external entities (SYSTEM/PUBLIC fail); internal
 * DOCTYPE entities are expanded, so these limits keep "billion laughs" style
 * documents from growing beyond a small multiple of their size.
 */
export const XML_ENTITY_LIMITS = {
  enabled: true,
  maxEntitySize: 1_000,
  maxEntityCount: 20,
  maxExpansionDepth: 3,
  maxTotalExpansions: 1_000,
  maxExpandedLength: 100_000,
} as const;

export const ParseXmlInput = z.strictObject({
  text: z.string().min(1).describe('The XML document'),
  ignoreAttributes: z.boolean().default(false).describe('Drop attributes instead of returning them'),
  attributePrefix: z
    .string()
    .default('@')
    .describe('Prefix of attribute keys, e.g. "@" gives { "@id": "42" }; element text beside attributes is "#text"'),
  alwaysArray: z
    .array(z.string().min(1))
    .optional()
    .describe('Element paths that are always arrays, even with one element, e.g. "PurchaseOrder.Items.Item"'),
});
export type ParseXmlInput = z.input<typeof ParseXmlInput>;

export const ParseXmlOutput = z.object({
  value: z.unknown().describe('The document as JSON; element and attribute values are strings'),
});
export type ParseXmlOutput = z.output<typeof ParseXmlOutput>;

export const parseXml = defineAction({
  name: 'xmlParse',
  displayName: 'Parse XML',
  description: 'Turns an XML document into JSON. External entities are never loaded.',
  input: ParseXmlInput,
  output: ParseXmlOutput,
  async run(_ctx, input) {
    const validation = XMLValidator.validate(input.text);
    if (validation !== true) {
      const { msg, line, col, code } = validation.err;
      throw new NonRetryableError(`Malformed XML at line ${line}, column ${col}: ${msg}`, {
        code: 'XML_MALFORMED',
        details: { line, column: col, reason: code },
      });
    }
    const alwaysArray = new Set(input.alwaysArray);
    const parser = new XMLParser({
      ignoreAttributes: input.ignoreAttributes,
      attributeNamePrefix: input.attributePrefix,
      // Values stay strings, as in the document: "007" is a part number, not 7.
      parseTagValue: false,
      parseAttributeValue: false,
      ignoreDeclaration: true,
      processEntities: XML_ENTITY_LIMITS,
      isArray: (_name, path, _isLeaf, isAttribute) => !isAttribute && typeof path === 'string' && alwaysArray.has(path),
    });
    try {
      return { value: parser.parse(input.text) };
    } catch (error) {
      // Validation passed, so what is left are the entity limits and DOCTYPE rules.
      throw new NonRetryableError(`XML rejected: ${error instanceof Error ? error.message : String(error)}`, {
        code: 'XML_REJECTED',
      });
    }
  },
});
