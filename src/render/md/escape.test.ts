import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { code, inline, mermaidIds, mermaidText, tableRow } from './escape.js';

const HOSTILE = 'a | b `c` <script>alert(1)</script>\nnext';

/**
 * The HTML a GitHub-flavoured Markdown renderer makes of a document, less the links GFM makes of
 * bare addresses: those show the address they go to, so they are left in user text.
 */
const toHtml = (markdown: string) => marked.parse(markdown, { async: false, gfm: true }).replace(/<a href="[^"]*">((?:https?:\/\/|www\.)[^<]*)<\/a>/g, '$1');

/** Text as a Markdown renderer writes it into HTML. */
const htmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** User text on one line, as `inline` keeps it. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** Where user text lands in the document, and the HTML that shows it as plain text there. */
const CONTEXTS = [
  { name: 'a list item', markdown: (t: string) => `- ${inline(t)}`, html: (t: string) => `<ul>\n<li>${t}</li>\n</ul>\n` },
  { name: 'a heading', markdown: (t: string) => `### Phase 4: ${inline(t)}`, html: (t: string) => `<h3>Phase 4: ${t}</h3>\n` },
  { name: 'a paragraph', markdown: (t: string) => `${inline(t)}`, html: (t: string) => `<p>${t}</p>\n` },
  { name: 'bold text', markdown: (t: string) => `**${inline(t)}**: more`, html: (t: string) => `<p><strong>${t}</strong>: more</p>\n` },
  {
    name: 'a table cell',
    markdown: (t: string) => `| a | b |\n|---|---|\n${tableRow([inline(t), code('x|y')])}`,
    html: (t: string) => `<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody><tr>\n<td>${t}</td>\n<td><code>x|y</code></td>\n</tr>\n</tbody></table>\n`,
  },
];

const HOSTILE_TEXTS = [
  HOSTILE,
  '# not a heading',
  '## Risks ##',
  'Fix #',
  '- not a list',
  '+ not a list',
  '* not a list',
  '1. not a list',
  '2) not a list',
  '> not a quote',
  '---',
  '***',
  '[ ] not a task box',
  '[x]: https://example.com "not a link definition"',
  '[click](https://example.com) me',
  '![image](https://example.com/x.png)',
  '<img src=x onerror=alert(1)>',
  '<!-- comment -->',
  '<https://example.com>',
  '*emphasis* _emphasis_ **strong** ~~struck~~ ~struck~',
  '`code` and ``more``',
  '```',
  '~~~',
  '&amp; &#60; &lt;',
  'a\\*b\\ trailing\\',
  'line\n# heading\n- list',
];

const PLAIN_TEXTS = [
  '99.9% uptime SLA',
  'Beta & Security',
  'Uptime > 99.9% after launch',
  'P95 latency < 500ms',
  'R&D budget',
  'snake_case_name and 5 * 3',
  '#3 priority, -5 days, 2024 plan',
  'a | b',
  'Evaluate OT libraries (ShareDB vs Yjs)',
];

describe('inline', () => {
  it.each(PLAIN_TEXTS)('leaves plain text as written: %s', (text) => expect(inline(text)).toBe(text));

  describe.each(CONTEXTS)('in $name', ({ markdown, html }) => {
    it.each(HOSTILE_TEXTS)('shows hostile text as the text itself: %j', (text) => {
      expect(toHtml(markdown(text))).toBe(html(htmlText(oneLine(text))));
    });

    it.each(PLAIN_TEXTS)('shows plain text as the text itself: %s', (text) => {
      expect(toHtml(markdown(text))).toBe(html(htmlText(text)));
    });

    it('shows any text made of markup characters as the text itself', () => {
      const alphabet = fc.constantFrom(...'a1 #*_~`<>&[]()!\\|-+=.:;/?\'"\n');
      fc.assert(
        fc.property(fc.string({ unit: alphabet, maxLength: 12 }), (text) => {
          fc.pre(oneLine(text) !== '');
          expect(toHtml(markdown(text))).toBe(html(htmlText(oneLine(text))));
        }),
        { numRuns: 2000, seed: 7 },
      );
    });
  });

  it('escapes only what would be markup', () => {
    expect(inline(HOSTILE)).toBe('a | b \\`c\\` &lt;script>alert(1)&lt;/script> next');
    expect(inline('*a* _b_ [c](d) &amp; e')).toBe('\\*a\\* \\_b\\_ [c\\](d) &amp;amp; e');
    expect(inline('# not a heading')).toBe('\\# not a heading');
    expect(inline('1. not a list')).toBe('1\\. not a list');
  });
});

describe('tableRow', () => {
  it('escapes every pipe of a cell, in code spans too', () => {
    expect(tableRow([inline('a | b'), code('x|y')])).toBe('| a \\| b | `x\\|y` |');
  });
});

describe('code', () => {
  it('wraps ids in a fence longer than their backticks', () => {
    expect(code('ws-server')).toBe('`ws-server`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
  });
});

describe('mermaidText', () => {
  it('removes what breaks the gantt grammar from a hostile title', () => {
    const text = mermaidText(HOSTILE);
    expect(text).not.toMatch(/[:#;\n<>]/);
    expect(text).toBe('a | b `c` \u2039script\u203aalert(1)\u2039/script\u203a next');
  });
  it('replaces colons, hashes, semicolons and percents', () => expect(mermaidText('Phase 1: fix #3; 50%')).toBe('Phase 1\u2236 fix no. 3, 50 percent'));
  it('keeps a name that starts with a keyword from becoming a statement', () => {
    expect(mermaidText('Title page redesign')).toBe('- Title page redesign');
    expect(mermaidText('section 5 review')).toBe('- section 5 review');
    expect(mermaidText('2024-10-15 release')).toBe('- 2024-10-15 release');
    expect(mermaidText('Titles')).toBe('Titles');
  });
  it('falls back for empty text', () => expect(mermaidText(' \n ', 'x')).toBe('x'));
});

describe('mermaidIds', () => {
  it('makes safe, unique, tag-proof ids', () => {
    expect([...mermaidIds(['ws-server', 'ws_server', 'crit', 'a b,c']).values()]).toEqual(['t_ws_server', 't_ws_server_2', 't_crit', 't_a_b_c']);
  });
});
