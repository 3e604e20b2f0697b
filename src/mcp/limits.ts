/**
 * What one MCP tool call may ask for. Each call runs the whole pipeline in the server's thread
 * and an assistant may call again and again, so a call is kept to seconds: the CLI's limits
 * (docs/limits.md) are for a person waiting on one plan, these for a conversation.
 */

/** Spec text: a plan written in a conversation is a few kilobytes; the launch example is 18 KB. */
export const MCP_MAX_SPEC_CHARS = 1_000_000;
/** Monte Carlo iterations per run: 20,000 hold P95 to about a tenth of a percentage point. */
export const MCP_MAX_ITERATIONS = 20_000;
/** Generated schedules per run: PSPLIB studies stop at 5,000 for all but the largest budgets. */
export const MCP_MAX_SCHEDULES = 20_000;
/** Changes in one what_if call. */
export const MCP_MAX_CHANGES = 50;
/** Array elements and object members in one call's arguments (the SDK counts them before parsing). */
export const MCP_MAX_INPUT_ELEMENTS = 10_000;
/** One JSON-RPC line: a spec at the limit escaped into JSON, with room to spare. */
export const MCP_MAX_LINE_BYTES = 16 * 1024 * 1024;
