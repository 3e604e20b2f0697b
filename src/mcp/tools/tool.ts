/** What a tool module hands the server: its name, its MCP description and its handler. */
import type { ShapeOutput, ZodRawShapeCompat } from '@modelcontextprotocol/sdk/server/zod-compat.js';
import type { CallToolResult, ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';

type Shape = ZodRawShapeCompat;

export interface ToolDefinition<In extends Shape, Out extends Shape> {
  readonly name: string;
  readonly config: {
    readonly title: string;
    readonly description: string;
    readonly inputSchema: In;
    readonly outputSchema: Out;
    readonly annotations: ToolAnnotations;
  };
  handler(args: ShapeOutput<In>): CallToolResult;
}

/**
 * Every tool reads its arguments and answers: it touches no file, network or state, so a call
 * changes nothing (read-only), and the same arguments give the same answer (idempotent: the
 * forecast is seeded).
 */
export const READ_ONLY: ToolAnnotations = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
