/**
 * A small XML writer: elements in the order given (MS Project drops elements out of the schema's
 * sequence order, so the order is the caller's to keep), text escaped for element content.
 * Written by hand: the output is a fixed tree of simple elements, a few lines of code.
 */

/** A child element: a name with text, or a name with children; undefined children are skipped. */
export type XmlNode = readonly [name: string, content: string | number | readonly (XmlNode | undefined)[]];

/**
 * Text for element content: `&`, `<` and `>` (so `]]>` cannot appear) as entities, a carriage
 * return as a character reference (a parser would turn a raw one into a line feed), and the
 * control characters XML 1.0 cannot hold replaced by U+FFFD.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function write(node: XmlNode, depth: number, out: string[]): void {
  const [name, content] = node;
  const indent = '  '.repeat(depth);
  if (typeof content === 'string' || typeof content === 'number') {
    out.push(`${indent}<${name}>${typeof content === 'number' ? String(content) : escapeXml(content)}</${name}>`);
    return;
  }
  const children = content.filter((c): c is XmlNode => c !== undefined);
  if (children.length === 0) {
    out.push(`${indent}<${name}/>`);
    return;
  }
  out.push(`${indent}<${name}>`);
  for (const child of children) write(child, depth + 1, out);
  out.push(`${indent}</${name}>`);
}

/** The document: the XML declaration and the root element with its namespace. */
export function xmlDocument(root: XmlNode, namespace: string): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'];
  write(root, 0, out);
  out[1] = out[1].replace(`<${root[0]}>`, `<${root[0]} xmlns="${namespace}">`);
  return `${out.join('\n')}\n`;
}
