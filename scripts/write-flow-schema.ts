import { writeFileSync } from 'node:fs';
import { flowDefinitionJsonSchema } from '@tributary/workflows/flow-definition.json-schema';

// `npm run flow:schema`: regenerates docs/flow-definition.schema.json from the zod source.
const target = new URL('../docs/flow-definition.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(flowDefinitionJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
