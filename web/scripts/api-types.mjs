#!/usr/bin/env node
// Generates src/lib/api-schema.gen.ts (the API's types) from ../server/openapi/openapi.json with
// openapi-typescript; src/lib/api-types.ts names them for the app.
//
//   npm run api-types          write the file
//   npm run api-types:check    fail when the committed file is not what the document gives

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const documentUrl = new URL('../../server/openapi/openapi.json', import.meta.url);
const outputPath = fileURLToPath(new URL('../src/lib/api-schema.gen.ts', import.meta.url));

const header = `// Generated from server/openapi/openapi.json by \`npm run api-types\` (web/scripts/api-types.mjs,
// openapi-typescript). Do not edit: change the document and run it again.

`;

// A property with a default is optional still: the defaults are the server's, for what a request leaves out.
const ast = await openapiTS(documentUrl, { defaultNonNullable: false, silent: true });
const generated = header + astToString(ast);

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(outputPath, 'utf8');
  } catch {
    // missing: stale as well
  }
  if (committed !== generated) {
    console.error('web/src/lib/api-schema.gen.ts is stale: run npm run api-types');
    process.exit(1);
  }
  console.log('web/src/lib/api-schema.gen.ts is up to date');
} else {
  writeFileSync(outputPath, generated);
  console.log(`wrote ${outputPath}`);
}
