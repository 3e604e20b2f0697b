/** Test helper: parse HTML with jsdom (which ships no types) behind a small typed surface. */
import { createRequire } from 'node:module';

export interface DomElement {
  readonly textContent: string | null;
  readonly tagName: string;
  readonly attributes: { readonly length: number };
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
}

interface JsdomModule {
  JSDOM: new (html: string) => { readonly window: { readonly document: DomElement } };
}

const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

export function parseHtml(html: string): DomElement {
  return new JSDOM(html).window.document;
}

export function all(root: DomElement, selector: string): DomElement[] {
  return [...root.querySelectorAll(selector)];
}
