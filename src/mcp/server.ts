/**
 * The execplan MCP server: the plan tools, resources and prompt over the library API. Thin: each
 * tool parses its arguments, runs the one pipeline (src/api) and shapes the answer.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { Readable, Writable } from 'node:stream';
import type { ServerBundle } from './bundle.js';
import { MCP_MAX_INPUT_ELEMENTS } from './limits.js';
import { registerPrompt } from './prompt.js';
import { registerResources } from './resources.js';
import { LineTransport } from './stdio-transport.js';
import { checkSpecTool } from './tools/check-spec.js';
import { explainTaskTool } from './tools/explain-task.js';
import { planTool } from './tools/plan.js';
import { suggestCutsTool } from './tools/suggest-cuts.js';
import { whatIfTool } from './tools/what-if.js';

const INSTRUCTIONS = `execplan plans work with a resource- and skill-constrained scheduler and a Monte Carlo forecast. Specs are YAML (or JSON) text: draft one with the draft_spec prompt, check it with check_spec until it has no errors, then plan it. Answer "what if" questions with what_if, "why is this task then" with explain_task, and "what do we cut" with suggest_cuts: they run the real engine, so prefer them to estimating by hand. Every tool is read-only and deterministic for the same spec, options and seed.`;

export function createServer(bundle: ServerBundle): McpServer {
  const server = new McpServer({ name: 'execplan', title: 'execplan', version: bundle.version }, { instructions: INSTRUCTIONS, maxToolInputElements: MCP_MAX_INPUT_ELEMENTS });
  server.registerTool(checkSpecTool.name, checkSpecTool.config, (args) => checkSpecTool.handler(args));
  server.registerTool(planTool.name, planTool.config, (args) => planTool.handler(args));
  server.registerTool(whatIfTool.name, whatIfTool.config, (args) => whatIfTool.handler(args));
  server.registerTool(explainTaskTool.name, explainTaskTool.config, (args) => explainTaskTool.handler(args));
  server.registerTool(suggestCutsTool.name, suggestCutsTool.config, (args) => suggestCutsTool.handler(args));
  registerResources(server, bundle);
  registerPrompt(server, bundle);
  return server;
}

/** Serves on stdio until the client closes the input. */
export async function serveStdio(bundle: ServerBundle, input: Readable = process.stdin, output: Writable = process.stdout): Promise<void> {
  const server = createServer(bundle);
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = resolve;
  });
  await server.connect(new LineTransport(input, output));
  await closed;
}
