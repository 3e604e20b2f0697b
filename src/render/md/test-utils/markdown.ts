/** Test helper: read the Markdown plan back (sections, tables, list lines) to assert facts. */
import { sectionById, type SectionId } from '../sections.js';

/** The text of a section, from its `## n. Title` heading up to the next `## ` heading. */
export function section(markdown: string, which: SectionId | number): string {
  const heading = typeof which === 'number' ? `\n## ${which}. ` : new RegExp(`\\n## \\d+\\. ${sectionById(which).title}\\n`).exec(markdown)?.[0];
  const start = heading === undefined ? -1 : markdown.indexOf(heading);
  if (start < 0) throw new Error(`no section ${which}`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start + 1, end < 0 ? undefined : end);
}

/** The number a section's heading carries in this document. */
export function sectionNumber(markdown: string, id: SectionId): number {
  const match = new RegExp(`^## (\\d+)\\. ${sectionById(id).title}$`, 'm').exec(markdown);
  if (!match) throw new Error(`no section ${id}`);
  return Number(match[1]);
}

/** Cells of a table row, split at pipes that are not escaped. */
export function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

export interface Table {
  readonly header: string[];
  readonly rows: string[][];
}

/** Every pipe table of the document (outside code fences). */
export function tables(markdown: string): Table[] {
  const out: Table[] = [];
  const lines = markdown.split('\n');
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('```')) fenced = !fenced;
    if (fenced || !lines[i].startsWith('|') || !lines[i + 1]?.startsWith('|---')) continue;
    const header = cells(lines[i]);
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length && lines[j].startsWith('|'); j++) rows.push(cells(lines[j]));
    out.push({ header, rows });
    i = j - 1;
  }
  return out;
}

/** The value after `- **Label**: ` in a list. */
export function field(markdown: string, label: string): string {
  const match = new RegExp(`^- \\*\\*${label}\\*\\*: (.*)$`, 'm').exec(markdown);
  if (!match) throw new Error(`no field ${label}`);
  return match[1];
}
