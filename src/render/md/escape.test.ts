import { describe, expect, it } from 'vitest';
import { code, inline, mermaidIds, mermaidText } from './escape.js';

const HOSTILE = 'a | b `c` <script>alert(1)</script>\nnext';

describe('inline', () => {
  it('turns HTML into entities and keeps a hostile title on one line', () => {
    expect(inline(HOSTILE)).toBe('a \\| b \\`c\\` &lt;script&gt;alert(1)&lt;/script&gt; next');
  });
  it('escapes emphasis, links and ampersands', () => expect(inline('*a* _b_ [c](d) & e')).toBe('\\*a\\* \\_b\\_ \\[c\\](d) &amp; e'));
  it('escapes a leading block marker', () => {
    expect(inline('# not a heading')).toBe('\\# not a heading');
    expect(inline('- not a list')).toBe('\\- not a list');
    expect(inline('1. not a list')).toBe('1\\. not a list');
    expect(inline('2024 plan')).toBe('2024 plan');
  });
  it('leaves plain text alone', () => expect(inline('Evaluate OT libraries (ShareDB vs Yjs)')).toBe('Evaluate OT libraries (ShareDB vs Yjs)'));
});

describe('code', () => {
  it('wraps ids in a fence longer than their backticks', () => {
    expect(code('ws-server')).toBe('`ws-server`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x')).toBe('`` `x ``');
  });
  it('escapes a pipe so a table keeps its columns', () => expect(code('a|b')).toBe('`a\\|b`'));
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
