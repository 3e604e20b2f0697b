/**
 * A small XML writer: elements in the order given (MS Project drops elements out of the schema's
 * sequence order, so the order is the caller's to keep), text escaped for element content.
 * Written by hand: the output is a fixed tree of simple elements, a few lines of code.
 *
 * Children may come from a generator, so a big list (the tasks, the assignments) is written as
 * it is built: each row's little tree is garbage as soon as it is written, instead of the whole
 * document's tree living until the end.
 */

/** A child element: a name with text, or a name with children; undefined children are skipped. */
export type XmlNode = readonly [name: string, content: string | number | Iterable<XmlNode | undefined>];

/** What escapeXml changes; text without any of it is written as it is. */
const NEEDS_ESCAPE = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/**
 * Text for element content: `&`, `<` and `>` (so `]]>` cannot appear) as entities, a carriage
 * return as a character reference (a parser would turn a raw one into a line feed), and the
 * control characters XML 1.0 cannot hold replaced by U+FFFD.
 */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Lines are joined a few thousand at a time, so the document is built from flat pieces rather than one long rope. */
const LINES_PER_CHUNK = 4096;

/** The document's lines, each ended by a line feed. */
class Lines {
  private readonly chunks: string[] = [];
  private pending: string[] = [];
  private readonly indents: string[] = [''];

  line(depth: number, text: string): void {
    this.pending.push(this.indent(depth) + text);
    if (this.pending.length >= LINES_PER_CHUNK) this.flush();
  }

  text(): string {
    this.flush();
    return this.chunks.join('');
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.pending.push('');
    this.chunks.push(this.pending.join('\n'));
    this.pending = [];
  }

  private indent(depth: number): string {
    while (this.indents.length <= depth) this.indents.push('  '.repeat(this.indents.length));
    return this.indents[depth];
  }
}

/** Writes the element; `attributes` go into the start tag (the root's namespace). */
function write(node: XmlNode, depth: number, out: Lines, attributes = ''): void {
  const [name, content] = node;
  if (typeof content === 'string' || typeof content === 'number') {
    out.line(depth, `<${name}${attributes}>${typeof content === 'number' ? String(content) : escapeXml(content)}</${name}>`);
    return;
  }
  let open = false;
  for (const child of content) {
    if (child === undefined) continue;
    if (!open) out.line(depth, `<${name}${attributes}>`);
    open = true;
    write(child, depth + 1, out);
  }
  out.line(depth, open ? `</${name}>` : `<${name}${attributes}/>`);
}

/** The document: the XML declaration and the root element with its namespace. */
export function xmlDocument(root: XmlNode, namespace: string): string {
  const out = new Lines();
  out.line(0, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>');
  write(root, 0, out, ` xmlns="${namespace}"`);
  return out.text();
}
