/**
 * The server in this process over the SDK's in-memory transport: every tool on every bundled
 * example answers with structured content that passes its own output schema (the SDK checks it
 * and turns a mismatch into a tool error), in day and hour plans alike.
 */
import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from './server.js';

const FAST = { iterations: 50, schedules: 20 };
const example = (name: string) => readFileSync(new URL(`../../examples/${name}.yaml`, import.meta.url), 'utf8');

let client: Client;

beforeAll(async () => {
  const [serverSide, clientSide] = InMemoryTransport.createLinkedPair();
  await createServer({ version: '0.0.0', examples: { sprint: example('sprint') } }).connect(serverSide);
  client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(clientSide);
});

afterAll(async () => client?.close());

async function call(name: string, args: Record<string, unknown>) {
  return (await client.callTool({ name, arguments: args })) as CallToolResult & { structuredContent?: Record<string, any> };
}

describe.each(['incident', 'sprint', 'launch', 'migration'])('the tools on the %s example', (name) => {
  const spec = example(name);

  it('answer within their output schemas', async () => {
    const planned = await call('plan', { spec, options: FAST });
    const firstTask = planned.structuredContent!.facts.criticalPath[0] as string;
    const calls: [string, Record<string, unknown>][] = [
      ['check_spec', { spec }],
      ['explain_task', { spec, task: firstTask, options: FAST }],
      ['what_if', { spec, options: FAST, changes: [{ change: 'set_priority', task: firstTask, priority: 'must' }] }],
      ['suggest_cuts', { spec, options: FAST }],
    ];
    for (const [tool, args] of calls) {
      const result = await call(tool, args);
      expect(result.isError, `${tool}: ${JSON.stringify(result.content)}`).toBeFalsy();
      expect(result.structuredContent, tool).toBeDefined();
    }
  });

  it('gives hour plans their times and day plans their dates', async () => {
    const { structuredContent } = await call('plan', { spec, options: FAST });
    expect(structuredContent!.facts.unit).toBe(name === 'incident' ? 'hour' : 'day');
    expect(structuredContent!.facts.finish).toMatch(name === 'incident' ? /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/ : /^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('the time limit of a plan call', () => {
  it('plans within a tiny limit and refuses one past the limit of a call', async () => {
    const spec = example('sprint');
    const planned = await call('plan', { spec, options: { iterations: 0, time: 0.001 } });
    expect(planned.isError, JSON.stringify(planned.content)).toBeFalsy();
    expect(planned.structuredContent!.facts.finish).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const refused = await call('plan', { spec, options: { iterations: 0, time: 31 } });
    expect(refused.isError).toBe(true);
    expect(JSON.stringify(refused.content)).toContain('time must be at most 30 seconds in one call');
  });
});
