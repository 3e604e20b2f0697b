import { EXIT_OK, UsageError, type Command } from '../command.js';
import { packageVersion } from '../version.js';
import { bundledExamples } from './init.js';

export const mcpCommand: Command = {
  name: 'mcp',
  summary: 'Serve the plan tools to AI assistants (an MCP server on stdio)',
  usage: 'execplan mcp',
  help: `Starts a Model Context Protocol server on stdin/stdout, for AI assistants (Claude Desktop,
IDEs, agents) to check, plan and compare plans with the real engine. Tools: check_spec, plan,
what_if, explain_task, suggest_cuts; resources: the spec's JSON Schema, the examples and the
diagnostic catalog; a prompt, draft_spec. The tools read only the text they are given: no file
is read or written. Stops when the client closes stdin. See README.md, "Use it from an AI
assistant", for the client configuration.

Example client configuration (mcpServers):
  { "execplan": { "command": "npx", "args": ["-y", "execplan", "mcp"] } }`,
  options: {},
  async run(positionals, _values, ctx) {
    if (positionals.length > 0) throw new UsageError('mcp takes no arguments', 'execplan mcp (an MCP client starts it)');
    const examples = await bundledExamples(ctx.io);
    // Loaded here, not at start-up: the SDK is large and only this command needs it.
    const { serveStdio } = await import('../../mcp/index.js');
    await serveStdio({ version: packageVersion(), examples });
    return EXIT_OK;
  },
};
