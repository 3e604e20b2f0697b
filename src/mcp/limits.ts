/**
 * What one MCP tool call may ask for. Each call runs the whole pipeline in the server's thread
 * and an assistant may call again and again, so a call is kept to seconds: the CLI's limits
 * (docs/limits.md) are for a person waiting on one plan, these for a conversation.
 */

/** Spec text: a plan written in a conversation is a few kilobytes; the launch example is 18 KB. */
export const MCP_MAX_SPEC_CHARS = 1_000_000;
/** A status file (docs/tracking.md): a line per task, so no larger than the spec it tracks. */
export const MCP_MAX_STATUS_CHARS = 1_000_000;
/**
 * A baseline (an earlier JSON plan): the launch example's is 116 KB, about 2.5 KB a task, so
 * 8 MB holds a plan of some 3,000 tasks and still fits one JSON-RPC line with the spec.
 */
export const MCP_MAX_BASELINE_CHARS = 8_000_000;
/**
 * Monte Carlo iterations per run: 10,000 hold P95 to about a fifth of a percentage point. With
 * 5,000 schedules the launch example's run takes about 6 s of CPU (the defaults about 2.5 s).
 */
export const MCP_MAX_ITERATIONS = 10_000;
/** Generated schedules per run: the middle of the budgets PSPLIB studies compare (1,000, 5,000, 50,000). */
export const MCP_MAX_SCHEDULES = 5_000;
/**
 * Seconds a run's search may be given (`time`): a conversation waits on the answer, and the
 * CLI's limit (an hour) is for a person who chose to wait.
 */
export const MCP_MAX_TIME_SECONDS = 30;
/** Changes in one what_if call. */
export const MCP_MAX_CHANGES = 50;
/** Array elements and object members in one call's arguments (the SDK counts them before parsing). */
export const MCP_MAX_INPUT_ELEMENTS = 10_000;
/** One JSON-RPC line: a spec at the limit escaped into JSON, with room to spare. */
export const MCP_MAX_LINE_BYTES = 16 * 1024 * 1024;
