import { defineConnector } from '@tributary/connector-sdk';
import { buildXml } from './actions/build-xml.action';
import { formatCsv } from './actions/format-csv.action';
import { formatDate } from './actions/format-date.action';
import { hashValue } from './actions/hash-value.action';
import { parseCsv } from './actions/parse-csv.action';
import { parseXml } from './actions/parse-xml.action';
import { signHmac } from './actions/sign-hmac.action';
import { validateJsonSchema } from './actions/validate-json-schema.action';
import { verifyHmac } from './actions/verify-hmac.action';
import { TransformAuth } from './auth';

export const connector = defineConnector({
  name: 'transform',
  version: '0.1.0',
  displayName: 'Transform',
  description: 'Parse and format CSV, XML and dates, hash and sign values, validate JSON against a schema.',
  auth: TransformAuth,
  actions: {
    csvParse: parseCsv,
    csvFormat: formatCsv,
    xmlParse: parseXml,
    xmlBuild: buildXml,
    dateFormat: formatDate,
    hash: hashValue,
    hmac: signHmac,
    hmacVerify: verifyHmac,
    jsonSchemaValidate: validateJsonSchema,
  },
});

export default connector;
