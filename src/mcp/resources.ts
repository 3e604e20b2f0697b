/** The server's resources: the spec's JSON Schema, the bundled examples and the diagnostic catalog. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { DIAGNOSTIC_CATALOG, specJsonSchema } from '../api/index.js';
import type { ServerBundle } from './bundle.js';

export const SCHEMA_URI = 'execplan://schema/spec';
export const CATALOG_URI = 'execplan://diagnostics';
export const exampleUri = (name: string) => `execplan://examples/${name}`;

export function registerResources(server: McpServer, bundle: ServerBundle): void {
  server.registerResource(
    'spec-schema',
    SCHEMA_URI,
    { title: 'Plan spec JSON Schema', description: 'The JSON Schema (draft 2020-12) of execplan plan specs: every field, its type and default', mimeType: 'application/schema+json' },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: 'application/schema+json', text: JSON.stringify(specJsonSchema(), null, 2) }] }),
  );
  for (const [name, text] of Object.entries(bundle.examples)) {
    server.registerResource(
      `example-${name}`,
      exampleUri(name),
      { title: `Example spec: ${name}`, description: EXAMPLE_DESCRIPTIONS[name] ?? `The bundled ${name} example spec`, mimeType: 'application/yaml' },
      (uri) => ({ contents: [{ uri: uri.href, mimeType: 'application/yaml', text }] }),
    );
  }
  server.registerResource(
    'diagnostic-catalog',
    CATALOG_URI,
    { title: 'Diagnostic catalog', description: 'Every diagnostic code check_spec and plan may report, with its severity, meaning and default hint', mimeType: 'application/json' },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(DIAGNOSTIC_CATALOG, null, 2) }] }),
  );
}

const EXAMPLE_DESCRIPTIONS: Record<string, string> = {
  launch: 'A product launch: ten weeks, five people, a security review, a holiday freeze and a board deadline',
  incident: 'Incident recovery planned in hours around the clock',
  sprint: 'A two-week sprint with more work than capacity',
};
