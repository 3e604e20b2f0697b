/**
 * Hostile titles and names (markup, `]]>`, quotes, line breaks, formulas, iCalendar separators,
 * emoji, right-to-left text) come out of the JSON, CSV, iCalendar and MS Project XML exports
 * exactly as written, read back with parsers that share nothing with the writers, and the MSPDI
 * imports back to the same text.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importMspdi, loadSpec, runPlanSync } from '../src/api/index.js';
import { parseXml } from '../src/render/mspdi/test-utils/xml-dom.js';
import { csvRecords, eventsFromIcs } from './support/interop-facts.js';

const text = readFileSync(new URL('fixtures/interop/hostile.yaml', import.meta.url), 'utf8');
const model = loadSpec(text).model!;
const run = runPlanSync({ text }, { formats: ['json', 'csv', 'ics', 'mspdi'], iterations: 0, icsPeople: true });
const output = (extension: string) => run.outputs.find((o) => o.extension === extension)!.text;
const titles = Object.fromEntries(model.activities.map((a) => [a.id, a.title]));
const names = Object.fromEntries(model.resources.map((r) => [r.id, r.name]));

describe('hostile text in every export', () => {
  it('is what the fixture means to test: markup, CDATA ends, quotes, line breaks, formulas, emoji and RTL', () => {
    const all = Object.values(titles).join(' ');
    for (const piece of ['<script>', ']]>', '"', '\n', '=HYPERLINK', '+SUM', '🎉', 'إطلاق', ';', ',', '\\']) expect(all).toContain(piece);
  });

  it('survives the JSON', () => {
    const doc = JSON.parse(output('json')) as { plan: { name: string }; tasks: { id: string; title: string }[] };
    expect(doc.plan.name).toBe(model.name);
    expect(Object.fromEntries(doc.tasks.map((t) => [t.id, t.title]))).toEqual(titles);
  });

  it('survives the CSV, a formula opening as text behind an apostrophe', () => {
    const rows = csvRecords(output('csv'));
    const shown = Object.fromEntries(rows.map((r) => [r.id, r.title]));
    expect(shown).toEqual({ ...titles, formula: `'${titles.formula}`, plus: `'${titles.plus}` });
    for (const r of rows) expect(r.title).not.toMatch(/^[=+\-@\t\r]/);
    const people = csvRecords(output('load.csv')).map((r) => r.name);
    expect(new Set(people)).toEqual(new Set(Object.values(names)));
  });

  it('survives the iCalendar file as ical.js reads it, every event included', () => {
    const ics = output('ics');
    const events = new Map(eventsFromIcs(ics).map((e) => [e.uid.split('@')[0], e]));
    expect(events.size).toBe(ics.split('BEGIN:VEVENT').length - 1);
    expect(events.get('deadline')?.summary).toBe(`Deadline: ${model.name}`);
    expect(events.get('milestone-done')?.summary).toBe(`Milestone: ${titles.done}`);
    expect(events.get('gate-go')).toMatchObject({ summary: `Gate: ${titles.go}`, description: 'Ready to ship?\nAll checks green & <signed>?\nIf not: Slip a week; tell "everyone"' });
    expect(events.get('freeze-1')?.summary).toBe(`Freeze: ${model.calendar.freezes[0].name}`);
    for (const a of model.activities.filter((x) => x.type === 'task')) {
      const person = a.demands[0].resource!;
      expect(events.get(`task-${a.id}-${person}`)?.summary).toBe(`${names[person]}: ${a.title}`);
    }
  });

  it('survives the MS Project XML as a DOM parser reads it', () => {
    const doc = parseXml(output('xml'));
    const tasks = [...doc.getElementsByTagName('Task')];
    const byId = new Map(tasks.flatMap((t) => {
      const id = [...t.getElementsByTagName('ExtendedAttribute')].find((x) => x.getElementsByTagName('FieldID')[0]?.textContent === '188743731');
      return id ? [[id.getElementsByTagName('Value')[0].textContent, t] as const] : [];
    }));
    for (const [id, title] of Object.entries(titles)) expect(byId.get(id)?.getElementsByTagName('Name')[0].textContent).toBe(title);
    expect(doc.getElementsByTagName('Title')[0].textContent).toBe(model.name);
    expect(tasks.map((t) => t.getElementsByTagName('Name')[0].textContent)).toContain('Phase <1> & "one"');
    expect([...doc.getElementsByTagName('Resource')].map((r) => r.getElementsByTagName('Name')[0].textContent)).toEqual(Object.values(names));
  });

  it('comes back from the MS Project XML import as written', () => {
    const imported = importMspdi(output('xml'));
    expect(imported.diagnostics).toEqual([]);
    const spec = parse(imported.yaml!) as { plan: string; team: { id: string; name: string }[]; tasks: { id: string; title: string; phase?: string }[]; gates: { question: string; on_fail: string }[]; milestones: { title: string }[]; calendar: { freezes: { name: string }[] } };
    expect(spec.plan).toBe(model.name);
    expect(Object.fromEntries(spec.tasks.map((t) => [t.id, t.title]))).toEqual(Object.fromEntries(model.activities.filter((a) => a.type === 'task').map((a) => [a.id, a.title])));
    expect(spec.tasks[0].phase).toBe('Phase <1> & "one"');
    expect(spec.team.map((m) => m.name)).toEqual(Object.values(names));
    expect(spec.gates[0]).toMatchObject({ question: 'Ready to ship?\nAll checks green & <signed>?', on_fail: 'Slip a week; tell "everyone"' });
    expect(spec.milestones[0].title).toBe(titles.done);
    expect(spec.calendar.freezes[0].name).toBe(model.calendar.freezes[0].name);
  });
});
