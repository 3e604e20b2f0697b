/** Test helper: parse XML with jsdom's DOMParser (jsdom ships no types) behind a small typed surface. */
import { createRequire } from 'node:module';

export interface XmlElement {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly textContent: string | null;
  readonly children: ArrayLike<XmlElement> & Iterable<XmlElement>;
  getElementsByTagName(name: string): ArrayLike<XmlElement> & Iterable<XmlElement>;
}

export interface XmlDocument {
  readonly documentElement: XmlElement;
  getElementsByTagName(name: string): ArrayLike<XmlElement> & Iterable<XmlElement>;
}

interface JsdomModule {
  JSDOM: new (html: string) => { readonly window: { readonly DOMParser: new () => { parseFromString(text: string, type: string): XmlDocument } } };
}

const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

/** The document, or an error when the text is not well-formed XML. */
export function parseXml(xml: string): XmlDocument {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
}
