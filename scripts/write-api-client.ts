import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API_CLIENT_TYPES_PATH, generateApiClientTypes } from './api-client/generate-api-client';

// `npm run api:client`: regenerates the web app's API types from the API's OpenAPI document.
const target = fileURLToPath(API_CLIENT_TYPES_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, await generateApiClientTypes());
console.log(`wrote ${target}`);
