/**
 * A recurring summary task that execplan wrote: its `execplan recurring` field holds the item as
 * the spec says it, and its `execplan demands` field who does it, so it becomes one `recurring`
 * entry and its occurrence subtasks are not read as tasks.
 */
import { NAMED_DEMAND } from '../interop/index.js';

const PART = /^(every|duration|from|to) (\S+)$/;

/** The spec entry's fields but its id and title, or undefined when the field is not in the form execplan writes. */
export function recurringFields(fieldText: string, demandsText: string | undefined, planStart: string): Record<string, unknown> | undefined {
  const parts: Record<string, string> = {};
  for (const part of fieldText.split(';').map((p) => p.trim())) {
    const m = PART.exec(part);
    if (!m || parts[m[1]] !== undefined) return undefined;
    parts[m[1]] = m[2];
  }
  if (parts.every === undefined || parts.duration === undefined) return undefined;
  const tokens = (demandsText ?? '').split(',').map((t) => t.trim()).filter(Boolean);
  const people = tokens.filter((t) => t.startsWith(NAMED_DEMAND)).map((t) => t.slice(NAMED_DEMAND.length));
  const who = people.length > 0 ? { assignee: people.length === 1 ? people[0] : people } : tokens.length === 1 ? { skills: tokens[0].split('+') } : undefined;
  if (who === undefined) return undefined;
  return {
    every: parts.every,
    duration: parts.duration,
    ...who,
    ...(parts.from !== undefined && parts.from !== planStart ? { from: parts.from } : {}),
    ...(parts.to !== undefined ? { to: parts.to } : {}),
  };
}
