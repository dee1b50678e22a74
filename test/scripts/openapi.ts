// npm run openapi: writes the OpenAPI document generated from the contract. A test fails when the
// committed file differs from what the contract generates.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument } from '../../src/api/contract/openapi';

export const openApiPath = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/api/contract/openapi.json');
export const renderOpenApi = () => `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(openApiPath, renderOpenApi());
  console.info(`Wrote ${openApiPath}`);
}
