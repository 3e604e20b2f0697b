/**
 * Escaping user text for Markdown and for Mermaid. Every string that comes from the spec goes
 * through one of these before it reaches the document; the renderer's own text does not. Each
 * escapes only what its context would read as markup, so plain text reads as written.
 */

/** ASCII punctuation: what a backslash escapes in CommonMark. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WHITESPACE = /\s/;
const WORD = /[\p{L}\p{N}]/u;
/** What `&` would start: a named or numeric character reference. */
const ENTITY = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/;
/** What `<` would start: a tag, a closing tag, a comment, a declaration or an autolink. */
const TAG_START = /[A-Za-z/!?]/;

/**
 * User text inside running text: a paragraph, a list item or a heading. Line breaks become spaces
 * so the text stays on its line, and only what CommonMark (with GitHub's extensions) would read as
 * markup is escaped:
 * - anywhere: a backtick (code); `*` and `~` unless between spaces, `_` unless between spaces or
 *   inside a word (emphasis, strikethrough); `<` before a letter, `/`, `!` or `?` (HTML, autolinks);
 *   `&` that spells a character reference; `]` before `(` or `[` (a link or image); a backslash
 *   that would escape what follows it;
 * - at the start, where the text may open a block inside a list item: a heading, quote, list,
 *   thematic break, task box or link definition marker;
 * - a closing run of `#`, which a heading would drop.
 * `|` is left alone: it matters only in a table cell (see `tableRow`).
 */
export function inline(text: string): string {
  const oneLine = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  return escapeClosingHashes(escapeBlockStart(escapeInlineMarkup(oneLine)));
}

/** The characters needsEscape may escape; text without them has nothing to escape. */
const MARKUP = /[`*~_<&\]\\]/;

function escapeInlineMarkup(text: string): string {
  if (!MARKUP.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    out += needsEscape(text, i) ? (c === '<' ? '&lt;' : c === '&' ? '&amp;' : `\\${c}`) : c;
  }
  return out;
}

function needsEscape(text: string, i: number): boolean {
  const [before, c, after] = [text[i - 1] ?? '', text[i], text[i + 1] ?? ''];
  const spaced = WHITESPACE.test(before) && WHITESPACE.test(after);
  switch (c) {
    case '`':
      return true;
    case '*':
    case '~':
      return !spaced;
    case '_':
      return !spaced && !(WORD.test(before) && WORD.test(after));
    case '<':
      return TAG_START.test(after);
    case '&':
      return ENTITY.test(text.slice(i));
    case ']':
      return after === '(' || after === '[';
    case '\\':
      // At the end, the backslash would meet whatever the renderer writes next.
      return after === '' || PUNCTUATION.test(after);
    default:
      return false;
  }
}

/** Block markers the text would open where it starts a line or a list item's content. */
function escapeBlockStart(text: string): string {
  if (/^(?:#{1,6}|[-+])(?:\s|$)/.test(text) || /^(?:-\s*){3,}$/.test(text) || /^=+$/.test(text) || /^[>[]/.test(text)) return `\\${text}`;
  return text.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A heading drops a run of `#` at its end (after a space) as its closing sequence. */
function escapeClosingHashes(text: string): string {
  return text.replace(/(^|\s)(#+)$/, '$1\\$2');
}

/**
 * A row of a pipe table. Every `|` inside a cell is escaped, code spans included (GitHub splits
 * the row at pipes before it reads the cells); the cells themselves come escaped for running
 * text, or are the renderer's own.
 */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}

/** A code span (ids): the fence is longer than any backtick run inside. */
export function code(text: string): string {
  const oneLine = text.replace(/[\r\n]+/g, ' ');
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

/** What mermaidText changes besides an empty text or a keyword: text without it stays as it is. */
const MERMAID_CHANGES = /[\r\n\t:#;<>%]|\s\s|[^\S ]|^\s|\s$/;

/**
 * A task name, section name or title inside a Mermaid gantt. The grammar ends a task name at
 * `:`, treats `#` and `;` as the end of the task's data, a leading `%` as a comment, and `<`/`>`
 * as HTML; none can be escaped there, so they are replaced by look-alikes or plain words.
 */
export function mermaidText(text: string, fallback = 'untitled'): string {
  let out = MERMAID_CHANGES.test(text) ? mermaidSafe(text) : text;
  if (out === '') out = fallback;
  return MERMAID_KEYWORDS.test(out) ? `- ${out}` : out;
}

function mermaidSafe(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/:/g, '\u2236') // RATIO, looks like a colon
    .replace(/#/g, 'no. ')
    .replace(/;/g, ',')
    .replace(/</g, '\u2039')
    .replace(/>/g, '\u203a')
    .replace(/%/g, ' percent')
    .replace(/\s+/g, ' ')
    .trim();
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
