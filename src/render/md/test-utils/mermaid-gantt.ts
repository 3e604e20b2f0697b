/**
 * Test helper: parse a gantt with Mermaid's own parser (the `mermaid` package, 11.x: the newest
 * line whose `engines` allow Node 20) and compile its tasks, so bad dates fail as well as bad
 * grammar. Mermaid sanitises titles with DOMPurify, which needs a DOM: test files using this
 * helper run under `// @vitest-environment jsdom`.
 */
import mermaid from 'mermaid';

export interface ParsedGanttTask {
  readonly id: string;
  readonly name: string;
  readonly section: string;
  readonly crit: boolean;
  readonly milestone: boolean;
  /** Local `YYYY-MM-DD HH:mm` of the start and (exclusive) end, as Mermaid computed them. */
  readonly start: string;
  readonly end: string;
}

export interface ParsedGantt {
  readonly title: string;
  readonly excludes: readonly string[];
  readonly tasks: readonly ParsedGanttTask[];
}

interface RawTask {
  id: string;
  task: string;
  section: string;
  crit?: boolean;
  milestone?: boolean;
  startTime: Date;
  endTime: Date;
}

/** Just the part of Mermaid's gantt database the tests read. */
interface GanttDb {
  getTasks(): RawTask[];
  getExcludes(): string[];
  getDiagramTitle(): string;
}

function isGanttDb(db: unknown): db is GanttDb {
  return typeof db === 'object' && db !== null && 'getTasks' in db && 'getExcludes' in db && 'getDiagramTitle' in db;
}

function local(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Throws Mermaid's own error when the text does not parse or a task's dates do not compile. */
export async function parseGantt(text: string): Promise<ParsedGantt> {
  const parsed = await mermaid.parse(text);
  if (!parsed || parsed.diagramType !== 'gantt') throw new Error(`not a gantt: ${JSON.stringify(parsed)}`);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const db: unknown = diagram.db;
  if (!isGanttDb(db)) throw new Error('unexpected gantt database');
  return {
    title: db.getDiagramTitle(),
    excludes: db.getExcludes(),
    tasks: db.getTasks().map((t) => ({
      id: t.id,
      name: t.task.trim(),
      section: t.section,
      crit: t.crit === true,
      milestone: t.milestone === true,
      start: local(t.startTime),
      end: local(t.endTime),
    })),
  };
}

/** The fenced mermaid block of a Markdown document. */
export function mermaidBlock(markdown: string): string {
  const match = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
  if (!match) throw new Error('no mermaid block');
  return match[1];
}
