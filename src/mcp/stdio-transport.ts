/**
 * JSON-RPC over stdio, one message per line, answering every line it cannot read. The SDK's
 * StdioServerTransport passes a malformed line to `onerror` and sends nothing (the client waits
 * for ever), and closes itself on a line past its buffer; JSON-RPC 2.0 wants a Parse error or an
 * Invalid Request response instead, and the server must keep serving the next line. Hand-written
 * for that, on the SDK's own message schema.
 */
import type { Readable, Writable } from 'node:stream';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, JSONRPCMessageSchema, type JSONRPCMessage, type RequestId } from '@modelcontextprotocol/sdk/types.js';
import { MCP_MAX_LINE_BYTES } from './limits.js';

const NEWLINE = 0x0a;

export class LineTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;

  private parts: Buffer[] = [];
  private size = 0;
  /** Past the line limit: the rest of the line is dropped, then answered with one error. */
  private overflowed = false;
  private closed = false;

  constructor(
    private readonly input: Readable,
    private readonly output: Writable,
    private readonly maxLineBytes = MCP_MAX_LINE_BYTES,
  ) {}

  async start(): Promise<void> {
    this.input.on('data', this.onData);
    this.input.on('end', this.onEnd);
    this.input.on('error', this.onInputError);
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.closed) return;
    const text = `${JSON.stringify(message)}\n`;
    await new Promise<void>((resolve) => {
      if (this.output.write(text)) resolve();
      else this.output.once('drain', resolve);
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.input.off('data', this.onData);
    this.input.off('end', this.onEnd);
    this.input.off('error', this.onInputError);
    this.input.pause();
    this.parts = [];
    this.onclose?.();
  }

  private readonly onData = (chunk: Buffer | string): void => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let from = 0;
    for (let end = bytes.indexOf(NEWLINE, from); end !== -1; end = bytes.indexOf(NEWLINE, from)) {
      this.keep(bytes.subarray(from, end));
      this.endLine();
      from = end + 1;
    }
    this.keep(bytes.subarray(from));
  };

  private readonly onEnd = (): void => void this.close();

  private readonly onInputError = (error: Error): void => this.onerror?.(error);

  private keep(part: Buffer): void {
    if (this.overflowed || part.length === 0) return;
    if (this.size + part.length > this.maxLineBytes) {
      this.overflowed = true;
      this.parts = [];
      this.size = 0;
      return;
    }
    this.parts.push(part);
    this.size += part.length;
  }

  private endLine(): void {
    if (this.overflowed) {
      this.overflowed = false;
      this.reject(ErrorCode.InvalidRequest, `Invalid Request: the message is longer than ${this.maxLineBytes} bytes`);
      return;
    }
    const line = Buffer.concat(this.parts).toString('utf8').replace(/\r$/, '');
    this.parts = [];
    this.size = 0;
    if (line.trim() !== '') this.read(line);
  }

  private read(line: string): void {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      this.reject(ErrorCode.ParseError, 'Parse error: the message is not JSON');
      return;
    }
    const parsed = JSONRPCMessageSchema.safeParse(value);
    if (!parsed.success) {
      this.reject(ErrorCode.InvalidRequest, 'Invalid Request: the message is not a JSON-RPC 2.0 request, notification or response', idOf(value));
      return;
    }
    this.onmessage?.(parsed.data);
  }

  /** An error response; without an id when the message had none that could be read. */
  private reject(code: ErrorCode, message: string, id?: RequestId): void {
    this.send({ jsonrpc: '2.0', ...(id !== undefined ? { id } : {}), error: { code, message } } as JSONRPCMessage).catch((error: unknown) => this.onerror?.(error instanceof Error ? error : new Error(String(error))));
  }
}

function idOf(value: unknown): RequestId | undefined {
  if (typeof value !== 'object' || value === null || !('id' in value)) return undefined;
  const id: unknown = value.id;
  return typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? id : undefined;
}
