import { PassThrough } from 'node:stream';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { LineTransport } from './stdio-transport.js';

/** A transport over in-memory streams; what it sends and what it hands on are collected. */
async function harness(maxLineBytes?: number) {
  const input = new PassThrough();
  const output = new PassThrough();
  const transport = new LineTransport(input, output, maxLineBytes);
  const sent: unknown[] = [];
  const received: JSONRPCMessage[] = [];
  let closed = false;
  output.on('data', (chunk: Buffer) => sent.push(...chunk.toString('utf8').trim().split('\n').map((l) => JSON.parse(l))));
  transport.onmessage = (m) => received.push(m);
  transport.onclose = () => (closed = true);
  await transport.start();
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { input, transport, sent, received, settle, closed: () => closed };
}

const ping = (id: number) => JSON.stringify({ jsonrpc: '2.0', id, method: 'ping' });

describe('LineTransport', () => {
  it('hands on each JSON-RPC line, also when lines arrive split across chunks or several in one', async () => {
    const h = await harness();
    const two = `${ping(1)}\r\n${ping(2)}\n`;
    h.input.write(two.slice(0, 10));
    h.input.write(two.slice(10));
    await h.settle();
    expect(h.received).toEqual([
      { jsonrpc: '2.0', id: 1, method: 'ping' },
      { jsonrpc: '2.0', id: 2, method: 'ping' },
    ]);
    expect(h.sent).toEqual([]);
  });

  it('answers a line that is not JSON with a Parse error and reads the next line', async () => {
    const h = await harness();
    h.input.write(`{"jsonrpc": "2.0", "id": 1\n${ping(2)}\n`);
    await h.settle();
    expect(h.sent).toEqual([{ jsonrpc: '2.0', error: { code: -32700, message: 'Parse error: the message is not JSON' } }]);
    expect(h.received).toEqual([{ jsonrpc: '2.0', id: 2, method: 'ping' }]);
  });

  it('answers JSON that is not JSON-RPC with Invalid Request, carrying its id when it has one', async () => {
    const h = await harness();
    h.input.write(`${JSON.stringify({ jsonrpc: '2.0', id: 7, method: 5 })}\n[1, 2]\n`);
    await h.settle();
    expect(h.sent).toEqual([
      { jsonrpc: '2.0', id: 7, error: { code: -32600, message: expect.stringContaining('Invalid Request') } },
      { jsonrpc: '2.0', error: { code: -32600, message: expect.stringContaining('Invalid Request') } },
    ]);
    expect(h.received).toEqual([]);
  });

  it('drops a line past the limit with one error, keeping no more than the limit, and reads the next line', async () => {
    const h = await harness(100);
    h.input.write('x'.repeat(80));
    h.input.write('x'.repeat(80));
    h.input.write(`${'x'.repeat(80)}\n${ping(3)}\n`);
    await h.settle();
    expect(h.sent).toEqual([{ jsonrpc: '2.0', error: { code: -32600, message: 'Invalid Request: the message is longer than 100 bytes' } }]);
    expect(h.received).toEqual([{ jsonrpc: '2.0', id: 3, method: 'ping' }]);
  });

  it('closes when the input ends', async () => {
    const h = await harness();
    h.input.end();
    await h.settle();
    expect(h.closed()).toBe(true);
  });
});
