import { defineAction, NonRetryableError } from '@tributary/connector-sdk';
import { XMLBuilder, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';

export const BuildXmlInput = z.strictObject({
  value: z
    .record(z.string(), z.unknown())
    .describe('The document as JSON: keys are element names, "@name" keys are attributes, "#text" is element text'),
  rootName: z
    .string()
    .min(1)
    .optional()
    .describe('Wrap `value` in this root element; without it `value` must have exactly one key, the root'),
  pretty: z.boolean().default(false).describe('Indent with two spaces, one element per line'),
  attributePrefix: z.string().default('@').describe('Keys starting with this become attributes'),
});
export type BuildXmlInput = z.input<typeof BuildXmlInput>;

export const BuildXmlOutput = z.object({
  text: z.string().describe('The XML document (without an <?xml?> declaration)'),
});
export type BuildXmlOutput = z.output<typeof BuildXmlOutput>;

export const buildXml = defineAction({
  name: 'xmlBuild',
  displayName: 'Build XML',
  description: 'Turns JSON into an XML document; text and attribute values are escaped.',
  input: BuildXmlInput,
  output: BuildXmlOutput,
  async run(_ctx, input) {
    const document = input.rootName === undefined ? input.value : { [input.rootName]: input.value };
    const roots = Object.keys(document);
    if (roots.length !== 1) {
      throw new NonRetryableError(
        `An XML document has exactly one root element, got ${roots.length} (${roots.join(', ') || 'none'}); set rootName`,
        { code: 'XML_ROOT_REQUIRED', details: { roots } },
      );
    }
    const builder = new XMLBuilder({
      ignoreAttributes: false,
      attributeNamePrefix: input.attributePrefix,
      format: input.pretty,
      indentBy: '  ',
      suppressBooleanAttributes: false,
    });
    const text = String(builder.build(document));
    // Keys are free text; an element name such as "unit price" would produce a broken document.
    const validation = XMLValidator.validate(text);
    if (validation !== true) {
      throw new NonRetryableError(`The value does not make valid XML: ${validation.err.msg}`, {
        code: 'XML_INVALID_VALUE',
        details: { reason: validation.err.code },
      });
    }
    return { text: input.pretty ? text.trimEnd() : text };
  },
});
