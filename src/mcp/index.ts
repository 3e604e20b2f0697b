/** The entry point of src/mcp: the MCP server the `execplan mcp` command starts. */
export type { ServerBundle } from './bundle.js';
export { createServer, serveStdio } from './server.js';
