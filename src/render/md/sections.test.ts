/**
 * The section registry: headings, numbers and cross-references all come from it, a section left
 * out of a plan renumbers the rest, and docs/markdown.md lists what the registry emits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analysePlan } from '../../analyse/index.js';
import { buildPlan } from '../../analyse/test-utils/build-plan.js';
import { outlineOf } from './outline.js';
import { renderDocument, renderMarkdown } from './render.js';
import { SECTIONS, type Section, type SectionId } from './sections.js';
import { planExample } from './test-utils/examples.js';
import { section, sectionNumber } from './test-utils/markdown.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const without = (id: SectionId): Section[] => SECTIONS.map((s) => (s.id === id ? { ...s, applies: () => false } : s));

describe('the section registry', () => {
  it('has unique ids and titles', () => {
    expect(new Set(SECTIONS.map((s) => s.id)).size).toBe(SECTIONS.length);
    expect(new Set(SECTIONS.map((s) => s.title)).size).toBe(SECTIONS.length);
  });

  it('numbers the headings in registry order', () => {
    const analysis = analysePlan(buildPlan({ resources: [{ id: 'p' }], activities: [{ id: 'a', assignee: 'p', at: [0, 1] }] }));
    const headings = renderMarkdown(analysis).split('\n').filter((l) => l.startsWith('## '));
    // A plan without dated items or prices has no Dates or Cost section; every other section always applies.
    expect(headings).toEqual(SECTIONS.filter((s) => s.id !== 'dates' && s.id !== 'cost' && s.id !== 'slip').map((s, i) => `## ${i + 1}. ${s.title}`));
    expect(SECTIONS.filter((s) => s.applies !== undefined && !s.applies(analysis)).map((s) => s.id)).toEqual(['dates', 'cost', 'slip']);
  });
});

describe('cross-references', () => {
  const sprint = planExample('sprint');
  const md = renderMarkdown(analysePlan(sprint));

  it('point at the number the referenced section carries', () => {
    const scope = sectionNumber(md, 'scope');
    const confidence = sectionNumber(md, 'confidence');
    expect(section(md, 'summary')).toContain(`Cut scope (section ${scope}), add people`);
    expect(section(md, 'summary')).toContain(`(section ${confidence})`);
    expect(section(md, 'allocation')).toContain(`Section ${scope} gives the cut order.`);
    expect(section(md, 'risks')).toContain(`Cut should-haves in the order of section ${scope},`);
    expect(section(md, 'scope')).toContain(`Section ${sectionNumber(md, 'cuts')} gives the cuts`);
  });

  it('follow when a section is left out of the plan: no number is left behind', () => {
    const shorter = renderDocument(analysePlan(sprint), without('inputs'));
    const headings = shorter.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(SECTIONS.filter((s) => s.id !== 'inputs' && s.id !== 'dates' && s.id !== 'cost' && s.id !== 'slip').map((s, i) => `## ${i + 1}. ${s.title}`));
    expect(sectionNumber(shorter, 'scope')).toBe(sectionNumber(md, 'scope') - 1);
    expect(section(shorter, 'summary')).toContain(`Cut scope (section ${sectionNumber(shorter, 'scope')}), add people`);
    expect(section(shorter, 'allocation')).toContain(`Section ${sectionNumber(shorter, 'scope')} gives the cut order.`);
    expect(section(shorter, 'scope')).toContain(`Section ${sectionNumber(shorter, 'cuts')} gives the cuts`);
  });

  it('name a section the plan leaves out by its title', () => {
    const shorter = renderDocument(analysePlan(sprint), without('cuts'));
    expect(shorter).not.toContain('## 11. Recommended cuts');
    expect(section(shorter, 'scope')).toContain('The Recommended cuts section gives the cuts');
  });

  it('join several sections in one reference', () => {
    const outline = outlineOf(without('risk-drivers'), analysePlan(sprint));
    expect(outline.refs('confidence', 'cuts')).toBe('sections 9 and 10');
    expect(outline.refs('scope')).toBe('section 8');
    expect(outlineOf(without('cuts'), analysePlan(sprint)).refs('confidence', 'cuts')).toBe('section 9 and the Recommended cuts section');
  });
});

describe('the sources', () => {
  it('type no section number: headings and references come from the registry', () => {
    const dir = resolve(root, 'src/render');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const typed = files.flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((line) => /\bsections? \d|^\s*['`]## \d/i.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(typed).toEqual([]);
  });
});

describe('docs/markdown.md', () => {
  it('lists exactly the sections the registry emits, in order', () => {
    const doc = readFileSync(resolve(root, 'docs/markdown.md'), 'utf8');
    const rows = doc.split('\n').filter((l) => /^\| \d+ \| /.test(l));
    expect(rows.map((l) => l.split('|').slice(1, 3).map((c) => c.trim()))).toEqual(SECTIONS.map((s, i) => [String(i + 1), s.title]));
  });
});
