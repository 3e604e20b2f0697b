import { describe, expect, it } from 'vitest';
import { attrs, esc } from './escape.js';
import { parseHtml } from './test-utils/dom.js';

describe('esc', () => {
  it('turns a script tag into text', () => {
    expect(esc('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('escapes both quote kinds so a value cannot leave its attribute', () => {
    expect(esc(`a" onmouseover="x' y`)).toBe('a&quot; onmouseover=&quot;x&#39; y');
  });

  it('escapes an ampersand first, so entities in the input stay visible as written', () => {
    expect(esc('&lt; & >')).toBe('&amp;lt; &amp; &gt;');
  });

  it('prints numbers', () => expect(esc(42)).toBe('42'));

  it('keeps hostile text as text in a parsed document, in content and in attributes', () => {
    const hostile = `<img src=x onerror="alert(1)">"'</title><script>alert(2)</script>`;
    const doc = parseHtml(`<p${attrs({ title: hostile, 'data-task': hostile })}>${esc(hostile)}</p><svg><title>${esc(hostile)}</title></svg>`);
    expect(doc.querySelectorAll('script, img').length).toBe(0);
    const p = doc.querySelector('p')!;
    expect(p.textContent).toBe(hostile);
    expect(p.getAttribute('title')).toBe(hostile);
    expect(p.getAttribute('data-task')).toBe(hostile);
    expect(p.attributes.length).toBe(2);
    expect(doc.querySelector('svg title')!.textContent).toBe(hostile);
  });
});

describe('attrs', () => {
  it('leaves out undefined and false values and writes true as "true"', () => {
    expect(attrs({ a: 'x', b: undefined, c: false, d: true, e: 3 })).toBe(' a="x" d="true" e="3"');
  });
});
