import type { Command } from '../command.js';

/** A command as the global help lists it; its code is loaded only when it runs. */
export interface CommandEntry {
  readonly name: string;
  readonly summary: string;
  readonly load: () => Promise<Command>;
}

/**
 * Every command, loaded on demand: `execplan --version` loads none of them, and `execplan
 * check` neither the scheduler's search, the forecast nor the renderers.
 */
export const commands: readonly CommandEntry[] = [
  { name: 'plan', summary: 'Schedule a spec and write the execution plan', load: async () => (await import('./plan.js')).planCommand },
  { name: 'check', summary: 'Validate a plan spec and report every problem with its position', load: async () => (await import('./check.js')).checkCommand },
  { name: 'schema', summary: 'Print the JSON Schema of plan specs (for editors and validators)', load: async () => (await import('./schema.js')).schemaCommand },
  { name: 'init', summary: 'Write a starter spec to edit', load: async () => (await import('./init.js')).initCommand },
  { name: 'import', summary: 'Turn an MS Project XML file into a spec', load: async () => (await import('./import.js')).importCommand },
  { name: 'mcp', summary: 'Serve the plan tools to AI assistants (an MCP server on stdio)', load: async () => (await import('./mcp.js')).mcpCommand },
];
