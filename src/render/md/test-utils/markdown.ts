/** Test helper: read the Markdown plan back (sections, tables, list lines) to assert facts. */

/** The text of `## n. ...` up to the next `## ` heading. */
export function section(markdown: string, n: number): string {
  const start = markdown.indexOf(`\n## ${n}. `);
  if (start < 0) throw new Error(`no section ${n}`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start + 1, end < 0 ? undefined : end);
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
