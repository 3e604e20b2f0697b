/**
 * XML text → a tree of elements, each with the offset where its tag starts, so a warning can
 * point at the element's line. saxes parses: it reports positions, and it expands no entities but
 * XML's five and character references; a DOCTYPE (where entity bombs and external entities live)
 * is refused outright, since MS Project XML never has one.
 */
import { SaxesParser } from 'saxes';
import { makeDiagnostic, type Diagnostic } from '../diag/index.js';

export interface XmlElement {
  /** The local name, without a namespace prefix. */
  readonly name: string;
  /** Offset of the `<` that opens the element. */
  readonly offset: number;
  readonly children: XmlElement[];
  /** The element's own text and CDATA, concatenated. */
  text: string;
}

export const MAX_XML_DEPTH = 64;
/** As for a spec: a plan of thousands of tasks fits in far less. */
export const MAX_XML_CHARS = 10 * 1024 * 1024;

export type XmlTree = { readonly root: XmlElement; readonly diagnostic?: undefined } | { readonly root?: undefined; readonly diagnostic: Diagnostic };

class XmlStop extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** saxes prefixes its messages with `line:column: `; the diagnostic's range says where. */
function plainMessage(message: string): string {
  return message.replace(/^\d+:\d+: /, '');
}

export function parseXmlTree(text: string): XmlTree {
  if (text.length > MAX_XML_CHARS) return { diagnostic: makeDiagnostic('E_TOO_LARGE', `the file has ${(text.length / (1024 * 1024)).toFixed(1)} MiB of text; the limit is 10 MiB`, { range: [0, 0] }) };
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const stop = (code: 'E_XML_SYNTAX' | 'E_XML_DOCTYPE', message: string, at: number): never => {
    throw new XmlStop(makeDiagnostic(code, message, { range: [Math.max(0, Math.min(at, text.length)), Math.max(0, Math.min(at + 1, text.length))] }));
  };
  parser.on('doctype', () => stop('E_XML_DOCTYPE', 'the file has a DOCTYPE; it is refused, since its entities could expand without bound or read other files', text.lastIndexOf('<!DOCTYPE', parser.position)));
  parser.on('opentagstart', (tag) => {
    if (stack.length >= MAX_XML_DEPTH) stop('E_XML_SYNTAX', `elements are nested deeper than ${MAX_XML_DEPTH} levels`, parser.position);
    const element: XmlElement = { name: localName(tag.name), offset: text.lastIndexOf('<', parser.position), children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1].children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('text', (t) => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
  });
  parser.on('cdata', (t) => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
  });
  parser.on('error', (e) => stop('E_XML_SYNTAX', plainMessage(e.message), Math.max(0, parser.position - 1)));
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof XmlStop) return { diagnostic: e.diagnostic };
    throw e;
  }
  if (!root) return { diagnostic: makeDiagnostic('E_XML_SYNTAX', 'the file holds no XML element', { range: [0, 0] }) };
  return { root };
}

/** The first child of that name. */
export function childOf(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function childrenOf(el: XmlElement | undefined, name: string): XmlElement[] {
  return el?.children.filter((c) => c.name === name) ?? [];
}

/** The trimmed text of the first child of that name. */
export function textOf(el: XmlElement | undefined, name: string): string | undefined {
  const child = childOf(el, name);
  return child === undefined ? undefined : child.text.trim();
}

/** The number in the first child of that name, or undefined when absent or not a number. */
export function numberOf(el: XmlElement | undefined, name: string): number | undefined {
  const t = textOf(el, name);
  if (t === undefined || t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
