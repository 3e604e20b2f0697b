/**
 * The MCP server end to end: the built bin (dist/cli/main.js, after `npm run build`) started as
 * `execplan mcp` and driven by the SDK's own client over stdio, as an assistant's host drives it.
 * Structured results are compared with the JSON contract and the Markdown of the same run made
 * in this process through the library (same spec, options and seed: the same plan). Searches and
 * forecasts are kept small: the server is under test, not the planner.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CATALOG, checkSource, plan, runPlanSync, specJsonSchema } from '../src/api/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist/cli/main.js');
const launch = readFileSync(join(root, 'examples/launch.yaml'), 'utf8');
const launchStatus = readFileSync(join(root, 'examples/launch.status.yaml'), 'utf8');
const launchBaseline = readFileSync(join(root, 'examples/launch.baseline.json'), 'utf8');
const FAST = { iterations: 100, schedules: 20 };

const libraryRuns = new Map<string, { json: Record<string, any>; markdown: string }>();

/** The same run through the library: its JSON contract and its Markdown (each run made once). */
function libraryRun(options: Record<string, unknown> = {}) {
  const key = JSON.stringify(options);
  if (!libraryRuns.has(key)) {
    const run = plan(launch, { ...FAST, ...options, formats: ['json', 'md'] });
    libraryRuns.set(key, { json: JSON.parse(run.outputs[0].text) as Record<string, any>, markdown: run.outputs[1].text });
  }
  return libraryRuns.get(key)!;
}

let client: Client;

async function call(name: string, args: Record<string, unknown>): Promise<CallToolResult & { structuredContent?: Record<string, any> }> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult & { structuredContent?: Record<string, any> };
}

const text = (result: CallToolResult) => result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');

beforeAll(async () => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build first`);
  client = new Client({ name: 'execplan-test', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [bin, 'mcp'], cwd: root, stderr: 'pipe' }));
});

afterAll(async () => client?.close());

describe('execplan mcp: tools', () => {
  it('lists the five tools, each with input and output schemas and read-only, idempotent annotations', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(['check_spec', 'plan', 'what_if', 'explain_task', 'suggest_cuts']);
    for (const tool of tools) {
      expect(tool.inputSchema.properties, tool.name).toHaveProperty('spec');
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      expect(tool.annotations, tool.name).toEqual({ readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false });
    }
  });

  it('check_spec: the launch example is valid, with the counts the library gives', async () => {
    const loaded = checkSource({ text: launch });
    const result = await call('check_spec', { spec: launch });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ ok: true, errors: 0, activities: loaded.model!.activities.length, resources: loaded.model!.resources.length });
  });

  it('check_spec: an unknown id is reported at its line and column with the closest id', async () => {
    const spec = 'plan: x\nstart: 2024-10-15\ntasks:\n  - { id: design, duration: 1d }\n  - { id: build, duration: 1d, after: [desing] }\n';
    const result = await call('check_spec', { spec });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ ok: false, errors: 1 });
    expect(result.structuredContent!.diagnostics).toEqual([
      { code: 'E_UNKNOWN_REF', severity: 'error', message: expect.stringContaining('desing'), hint: 'did you mean "design"?', line: 5, column: '  - { id: build, duration: 1d, after: ['.length + 1, path: 'tasks[1].after[0]' },
    ]);
  });

  it('plan: the facts are the JSON contract\'s, and the documents are those of the same run', async () => {
    const { json, markdown } = libraryRun();
    const result = await call('plan', { spec: launch, options: FAST, include: ['markdown', 'json'] });
    expect(result.isError).toBeFalsy();
    const { facts, json: contract, markdown: md } = result.structuredContent!;
    const s = json.summary;
    expect(facts).toMatchObject({ verdict: s.verdict, start: s.start, finish: s.finish, makespan: s.makespan, forecastFinish: s.forecastFinish, deadline: s.deadline, onTime: s.onTime, pOnTime: s.pOnTime, bufferPercent: s.bufferPercent, criticalPath: s.criticalPath });
    expect(facts.delivery.date).toBe(s.delivery.date);
    expect(facts.unscheduled).toEqual(json.unscheduled.map((u: { id: string; reason: string }) => ({ id: u.id, reason: u.reason })));
    expect(contract).toEqual(json);
    expect(md).toBe(markdown);
    expect(text(result)).toContain(`planned finish ${s.finish}`);
  });

  it('plan: a spec with errors and options out of range are tool errors that say why', async () => {
    const broken = await call('plan', { spec: 'plan: x\nstart: 2024-02-30\n' });
    expect(broken.isError).toBe(true);
    expect(text(broken)).toMatch(/2:8: error E_BAD_DATE/);
    const tooMany = await call('plan', { spec: launch, options: { iterations: 1_000_000 } });
    expect(tooMany.isError).toBe(true);
    expect(text(tooMany)).toMatch(/iterations must be at most 10,000/);
    const unknown = await call('plan', { spec: launch, options: { iteratoins: 5 } });
    expect(unknown.isError).toBe(true);
  });

  it('plan: with a status and a baseline, the re-plan, check-in, learned biases and slip of the same run as the library\'s', async () => {
    const run = runPlanSync({ text: launch, status: { text: launchStatus, name: 'status' } }, { ...FAST, formats: ['json', 'md'], baseline: { text: launchBaseline, name: 'baseline' } });
    const json = JSON.parse(run.outputs[0].text) as Record<string, any>;
    const result = await call('plan', { spec: launch, status: launchStatus, baseline: launchBaseline, options: FAST, include: ['markdown', 'json'] });
    expect(result.isError).toBeFalsy();
    const { facts, json: contract, markdown } = result.structuredContent!;
    expect(contract).toEqual(json);
    expect(markdown).toBe(run.outputs[1].text);
    expect(facts.finish).toBe(json.summary.finish);
    // What the issue's week-5 story shows: the slip, the fired breaker, the check-in and the biases.
    expect(contract.slip.drift.slots).toBeGreaterThan(0);
    expect(markdown).toMatch(/Circuit breaker fired/);
    expect(markdown).toMatch(/#### Completed/);
    expect(contract.forecast.learning.people.length).toBe(5);
  });

  it('plan: a bad status or baseline is a tool error positioned in that text, and an oversized one is refused', async () => {
    const status = 'as_of: 2024-11-13\ntasks:\n  ot-spkie: { started: 2024-10-15, done: 2024-10-17 }\n';
    const bad = await call('plan', { spec: launch, status, options: FAST });
    expect(bad.isError).toBe(true);
    expect(text(bad)).toMatch(/The status has errors/);
    expect(text(bad)).toMatch(/status:3:3: error E_UNKNOWN_REF: .*ot-spkie.*hint: did you mean "ot-spike"/);
    const baseline = await call('plan', { spec: launch, baseline: '{ "format": "execplan.plan", ', options: FAST });
    expect(baseline.isError).toBe(true);
    expect(text(baseline)).toMatch(/The baseline has errors/);
    expect(text(baseline)).toMatch(/baseline:1:\d+: error /);
    const huge = await call('plan', { spec: launch, status: `as_of: 2024-11-13\n# ${'x'.repeat(1_000_000)}\n` });
    expect(huge.isError).toBe(true);
    expect(text(huge)).toMatch(/status is longer than 1,000,000 characters/);
  });

  it('what_if: a backend engineer more moves the finish no later, and the before is the plan\'s', async () => {
    const planned = await call('plan', { spec: launch, options: FAST });
    const result = await call('what_if', { spec: launch, options: FAST, changes: [{ change: 'add_person', id: 'be3', name: 'Backend 3', skills: ['backend', 'websocket'] }] });
    expect(result.isError).toBeFalsy();
    const { before, after, deltas } = result.structuredContent!;
    expect(before).toEqual(planned.structuredContent!.facts);
    expect(after.finish <= before.finish).toBe(true);
    expect(deltas.makespanSlots).toBeLessThanOrEqual(0);
    expect(deltas.finish).toEqual({ before: before.finish, after: after.finish, moved: after.finish < before.finish ? 'earlier' : 'same' });
  });

  it('what_if: removing the only QA engineer reports the problem of every task that was theirs', async () => {
    const { json } = libraryRun();
    const theirs = json.tasks.filter((t: { assignees: string[] }) => t.assignees.includes('qa1')).map((t: { id: string }) => t.id);
    expect(theirs.length).toBeGreaterThan(0);
    const result = await call('what_if', { spec: launch, options: FAST, changes: [{ change: 'remove_person', id: 'qa1' }] });
    expect(result.isError).toBeFalsy();
    const { after, problems, affected } = result.structuredContent!;
    expect(after).toBeNull();
    expect([...affected].sort()).toEqual([...theirs].sort());
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatchObject({ severity: 'error', code: 'E_UNKNOWN_REF', message: expect.stringContaining('qa1') });
  });

  it('what_if: a change naming an unknown id or writing a bad value is refused, naming the change', async () => {
    const typo = await call('what_if', { spec: launch, options: FAST, changes: [{ change: 'set_deadline', date: '2025-01-15' }, { change: 'set_estimate', task: 'qa-integratoin', estimate: ['2d', '3d', '5d'] }] });
    expect(typo.isError).toBe(true);
    expect(text(typo)).toBe('The changes were not applied: change 2 (set_estimate): no task or external item has id "qa-integratoin"; did you mean "qa-integration"?');
    const badDate = await call('what_if', { spec: launch, options: FAST, changes: [{ change: 'set_start', date: '2024-13-45' }] });
    expect(badDate.isError).toBe(true);
    expect(text(badDate)).toMatch(/change 1 \(set_start\)[^]*E_BAD_DATE/);
    const unknownKind = await call('what_if', { spec: launch, changes: [{ change: 'hire_everyone' }] });
    expect(unknownKind.isError).toBe(true);
  });

  it('explain_task: the driver, float and criticality of the JSON contract, in words too', async () => {
    const { json } = libraryRun();
    for (const [id, words] of [
      ['feedback-fixes', /waited for Holiday freeze until/],
      ['test-plan', /waited for QA Engineer, committed to other work until/],
      ['cursors', /waited for Frontend Mid 2 after/],
    ] as const) {
      const entry = json.tasks.find((t: { id: string }) => t.id === id);
      const uncertainty = json.forecast.tasks.find((t: { id: string }) => t.id === id);
      const result = await call('explain_task', { spec: launch, task: id, options: FAST });
      expect(result.isError, id).toBeFalsy();
      expect(result.structuredContent, id).toMatchObject({ id, scheduled: true, start: entry.start, finish: entry.finish, drivenBy: entry.drivenBy, critical: entry.critical, totalFloat: entry.totalFloat, freeFloat: entry.freeFloat, criticality: uncertainty.criticality, sensitivity: uncertainty.sensitivity });
      expect(result.structuredContent!.explanation, id).toMatch(words);
    }
    const typo = await call('explain_task', { spec: launch, task: 'cursor', options: FAST });
    expect(typo.isError).toBe(true);
    expect(text(typo)).toMatch(/did you mean "cursors"\?/);
  });

  it('suggest_cuts: the forecast\'s scope fit at the target asked for', async () => {
    const { json } = libraryRun({ confidence: 0.5 });
    const fit = json.forecast.scopeFit;
    const result = await call('suggest_cuts', { spec: launch, target: 0.5, options: FAST });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ target: 0.5, needed: fit.needed, reachesTarget: fit.reachesTarget, probabilityBefore: fit.probabilityBefore, probabilityAfter: fit.probabilityAfter, cuts: fit.cuts, dateAtTarget: fit.dateAtTarget, mustsFit: json.summary.musts.fit });
    const noForecast = await call('suggest_cuts', { spec: launch, options: { iterations: 0 } });
    expect(noForecast.isError).toBe(true);
  });
});

describe('execplan mcp: resources and prompt', () => {
  it('serves the spec schema, the bundled examples and the diagnostic catalog', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri).sort()).toEqual(['execplan://diagnostics', 'execplan://examples/incident', 'execplan://examples/launch', 'execplan://examples/migration', 'execplan://examples/sprint', 'execplan://schema/spec']);
    const read = async (uri: string) => ((await client.readResource({ uri })).contents[0] as { text: string }).text;
    expect(JSON.parse(await read('execplan://schema/spec'))).toEqual(specJsonSchema());
    expect(await read('execplan://examples/launch')).toBe(launch.replace(/^# yaml-language-server: .*\n/, ''));
    expect(Object.keys(JSON.parse(await read('execplan://diagnostics')))).toEqual(Object.keys(DIAGNOSTIC_CATALOG));
  });

  it('draft_spec hands over the rules, the schema summary, an example and the conversation', async () => {
    const prompt = await client.getPrompt({ name: 'draft_spec', arguments: { conversation: 'We launch on Dec 15 with five people.' } });
    const body = (prompt.messages[0].content as { text: string }).text;
    expect(body).toContain('We launch on Dec 15 with five people.');
    expect(body).toMatch(/^- plan\*: The plan name\.$/m);
    expect(body).toContain('plan: Sprint');
    expect(body).toContain('check_spec');
  });
});

describe('execplan mcp: hostile input gets an error response and the server serves the next call', () => {
  const small = 'plan: x\nstart: 2024-10-15\ntasks: [{ id: a, duration: 1d }]\n';

  async function stillServes() {
    const next = await call('check_spec', { spec: small });
    expect(next.structuredContent).toMatchObject({ ok: true, activities: 1 });
  }

  it('a 5 MB spec', async () => {
    const huge = `plan: x\nstart: 2024-10-15\n# ${'x'.repeat(5 * 1024 * 1024)}\n`;
    const result = await call('plan', { spec: huge });
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/longer than 1,000,000 characters/);
    await stillServes();
  });

  it('a YAML alias bomb', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const bomb = `plan: x\nstart: 2024-10-15\nconstraints:\n  notes:\n${levels.map((l) => `    - ${l}`).join('\n')}\n`;
    for (const tool of ['check_spec', 'plan', 'what_if']) {
      const result = await call(tool, { spec: bomb, changes: [{ change: 'set_start', date: '2024-10-16' }] });
      const said = tool === 'check_spec' ? JSON.stringify(result.structuredContent) : text(result);
      expect(said, tool).toMatch(/E_YAML_ALIAS_LIMIT/);
      if (tool !== 'check_spec') expect(result.isError, tool).toBe(true);
    }
    await stillServes();
  });

  it('a malformed JSON-RPC line, and one that is JSON but not JSON-RPC', async () => {
    const server = spawn(process.execPath, [bin, 'mcp'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const lines: Record<string, any>[] = [];
    let buffered = '';
    server.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
        lines.push(JSON.parse(buffered.slice(0, nl)));
        buffered = buffered.slice(nl + 1);
      }
    });
    const answered = async (count: number) => {
      for (let waited = 0; lines.length < count && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      return lines[count - 1];
    };
    const send = (line: string) => server.stdin.write(`${line}\n`);
    try {
      send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } }));
      expect(await answered(1)).toMatchObject({ id: 1, result: { serverInfo: { name: 'execplan' } } });
      send(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }));
      send('{"jsonrpc": "2.0", "id": 2, "method": "tools/list"');
      expect(await answered(2)).toEqual({ jsonrpc: '2.0', error: { code: -32700, message: 'Parse error: the message is not JSON' } });
      send(JSON.stringify({ jsonrpc: '1.0', id: 3, method: 'tools/list' }));
      expect(await answered(3)).toMatchObject({ jsonrpc: '2.0', id: 3, error: { code: -32600 } });
      send(JSON.stringify({ jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'check_spec', arguments: { spec: small } } }));
      expect(await answered(4)).toMatchObject({ id: 4, result: { structuredContent: { ok: true, activities: 1 } } });
    } finally {
      server.stdin.end();
      await new Promise((resolve) => server.once('exit', resolve));
    }
    expect(server.exitCode).toBe(0);
  });
});

describe('execplan mcp: start-up', () => {
  it('loads the SDK only when the mcp command runs: nothing the bin imports statically reaches it', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, specifier] of code.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
        if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
        else packages.add(specifier);
      }
    };
    // The bin loads each command when it runs: the other commands' modules must not reach the SDK either.
    for (const entry of [bin, ...['plan', 'check', 'schema', 'init'].map((c) => join(root, `dist/cli/commands/${c}.js`))]) visit(entry);
    expect(seen.size).toBeGreaterThan(20);
    expect([...seen].map((f) => relative(root, f)).filter((f) => f.startsWith('dist/mcp/'))).toEqual([]);
    expect([...packages].filter((p) => p.startsWith('@modelcontextprotocol/'))).toEqual([]);
    expect(readFileSync(join(root, 'dist/cli/commands/mcp.js'), 'utf8')).toContain("import('../../mcp/index.js')");
  });
});
