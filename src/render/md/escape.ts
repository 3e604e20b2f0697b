/**
 * Escaping user text for Markdown and for Mermaid. Every string that comes from the spec goes
 * through one of these before it reaches the document; the renderer's own text does not.
 */

const INLINE_SPECIAL = /[\\`*_[\]<>&|~]/g;
const ENTITIES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };

/**
 * Text inside a paragraph, list item, heading or table cell. `<`, `>` and `&` become entities so
 * no HTML (a `<script>`) can get through; Markdown punctuation is backslash-escaped so user text
 * cannot start emphasis, code, links or a table column; line breaks become spaces so text
 * cannot start a new block; and a leading block marker (`#`, `>`, `-`, `1.`) is escaped.
 */
export function inline(text: string): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const escaped = oneLine.replace(INLINE_SPECIAL, (c) => ENTITIES[c] ?? `\\${c}`);
  return escaped.replace(/^([#+=-]|\d+(?=[.)]))/, (m) => (/^\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** A code span (ids): the fence is longer than any backtick run inside, and `|` is escaped for tables. */
export function code(text: string): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(oneLine.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = oneLine.startsWith('`') || oneLine.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}

/**
 * Words Mermaid's gantt lexer reads as statements when a line starts with them (case-insensitive),
 * so a task called "Title page" would become the chart's title.
 */
const MERMAID_KEYWORDS =
  /^(gantt\b|dateformat\s|inclusiveenddates\b|topaxis\b|axisformat\s|tickinterval\s|includes\s|excludes\s|todaymarker\s|weekday\s|weekend\s|title\s|section\s|accdescription\s|acctitle|accdescr|click\s|href\s|call\s|\d{4}-\d{2}-\d{2})/i;

/**
 * A task name, section name or title inside a Mermaid gantt. The grammar ends a task name at
 * `:`, treats `#` and `;` as the end of the task's data, a leading `%` as a comment, and `<`/`>`
 * as HTML; none can be escaped there, so they are replaced by look-alikes or plain words.
 */
export function mermaidText(text: string, fallback = 'untitled'): string {
  let out = text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/:/g, '\u2236') // RATIO, looks like a colon
    .replace(/#/g, 'no. ')
    .replace(/;/g, ',')
    .replace(/</g, '\u2039')
    .replace(/>/g, '\u203a')
    .replace(/%/g, ' percent')
    .replace(/\s+/g, ' ')
    .trim();
  if (out === '') out = fallback;
  return MERMAID_KEYWORDS.test(out) ? `- ${out}` : out;
}

/**
 * Ids for Mermaid task data: the data is split at commas and spaces, `crit`/`done`/`active`/
 * `milestone` are read as tags, so ids are reduced to [A-Za-z0-9_], prefixed, and made unique.
 */
export function mermaidIds(ids: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    const base = `t_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}_${n}`;
    used.add(candidate);
    out.set(id, candidate);
  }
  return out;
}
