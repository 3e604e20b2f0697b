/** The prompt that hands an assistant what it needs to draft a spec from a conversation. */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { specJsonSchema } from '../api/index.js';
import type { ServerBundle } from './bundle.js';
import { SCHEMA_URI, exampleUri } from './resources.js';

const RULES = `Rules that matter:
- Required: \`plan\` (a name) and \`start\` (YYYY-MM-DD). Ids are letters, digits, -, _ and ., unique across tasks, external items, gates, milestones and the team.
- Durations are 4h, 3d, 2w or a number of working slots. Prefer three-point estimates, [optimistic, likely, pessimistic], for work people are unsure about: they feed the forecast.
- A task needs someone: \`skills: [backend]\` lets the scheduler pick anyone with all the skills; \`assignee: be1\` names the person. Give every team member the skills the tasks ask for.
- \`deadline: { date, hard, confidence }\`: confidence is the target chance of finishing in time (90%). Freezes (\`calendar.freezes\`) stop all work, or only tasks of given kinds (\`blocks: [deploy]\`).
- Work done by other teams (a security review) goes under \`external\` with its turnaround: it takes time, not the team's capacity.
- Priorities are must, should, could, wont: should and could work is what the scope fit may cut.
- Do not invent facts the conversation does not give (people, dates, estimates): ask, or mark the guess in a YAML comment.
- After drafting, call check_spec and fix every error (the hints name the closest id), then call plan; answer what-if questions with what_if, explain_task and suggest_cuts rather than guessing.`;

type JsonSchema = { properties?: Record<string, JsonSchema>; required?: string[]; description?: string; items?: JsonSchema; type?: string };

/** Each top-level field with its description, and the fields of list entries (* marks required ones). */
export function schemaSummary(schema: JsonSchema = specJsonSchema() as JsonSchema): string {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .map(([name, field]) => {
      const entry = field.items?.properties ? field.items : field.properties ? field : undefined;
      const fields = entry?.properties ? ` { ${Object.keys(entry.properties).map((k) => `${k}${entry.required?.includes(k) ? '*' : ''}`).join(', ')} }` : '';
      return `- ${name}${required.has(name) ? '*' : ''}${field.type === 'array' ? ' (list)' : ''}${fields}${field.description ? `: ${field.description}` : ''}`;
    })
    .join('\n');
}

export function registerPrompt(server: McpServer, bundle: ServerBundle): void {
  server.registerPrompt(
    'draft_spec',
    {
      title: 'Draft a plan spec from a conversation',
      description: 'Turns what a manager said (goals, people, deadline, freezes, risks) into an execplan spec, with the schema summary, the rules that matter and an example',
      argsSchema: { conversation: z.string().max(100_000).describe('What was said about the plan: goals, people, deadline, constraints, risks') },
    },
    ({ conversation }) => ({
      messages: [{ role: 'user', content: { type: 'text', text: draftText(conversation, bundle) } }],
    }),
  );
}

function draftText(conversation: string, bundle: ServerBundle): string {
  const example = bundle.examples.sprint ?? Object.values(bundle.examples)[0] ?? '';
  return [
    'Draft an execplan plan spec (YAML) from the conversation below.',
    RULES,
    `The spec's fields (* required; the full JSON Schema is the resource ${SCHEMA_URI}):\n${schemaSummary()}`,
    `An example spec (more: ${Object.keys(bundle.examples).map(exampleUri).join(', ')}):\n\`\`\`yaml\n${example.trimEnd()}\n\`\`\``,
    `The conversation:\n${conversation}`,
  ].join('\n\n');
}
