import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runPlanSync } from '../../api/index.js';
import { sequenceProblems } from './test-utils/schema-order.js';
import { parseXml, type XmlDocument as Document, type XmlElement as Element } from './test-utils/xml-dom.js';

const example = (name: string) => readFileSync(new URL(`../../../examples/${name}.yaml`, import.meta.url), 'utf8');
const mspdi = (text: string) => runPlanSync({ text }, { formats: ['mspdi'], iterations: 0 }).outputs[0].text;

const parse = parseXml;

const child = (el: Element, name: string) => [...el.children].find((c) => c.localName === name);
const text = (el: Element, name: string) => child(el, name)?.textContent ?? undefined;
const children = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);

/** The fields of an element that has only text children, by name. */
function fields(el: Element): Record<string, string> {
  return Object.fromEntries([...el.children].filter((c) => c.children.length === 0).map((c) => [c.localName, c.textContent ?? '']));
}

function taskById(doc: Document, id: string): Element {
  const tasks = [...doc.getElementsByTagName('Task')];
  const found = tasks.find((t) => children(t, 'ExtendedAttribute').some((x) => text(x, 'FieldID') === '188743731' && text(x, 'Value') === id));
  if (!found) throw new Error(`no task ${id}`);
  return found;
}

describe('the MSPDI of the launch example', () => {
  const xml = mspdi(example('launch'));
  const doc = parse(xml);
  const project = doc.documentElement;

  it('is in the MS Project namespace with every element in the schema sequence order', () => {
    expect(project.namespaceURI).toBe('http://schemas.microsoft.com/project');
    expect(sequenceProblems(project)).toEqual([]);
  });

  it('starts on the plan start at 09:00 on 8-hour days, on the base calendar', () => {
    expect(fields(project)).toMatchObject({ SaveVersion: '12', Title: 'Real-time Collaboration launch', ScheduleFromStart: '1', StartDate: '2024-10-15T09:00:00', FinishDate: '2024-12-12T17:00:00', CalendarUID: '1', MinutesPerDay: '480', MinutesPerWeek: '2400', DurationFormat: '7' });
  });

  it('has the project summary task with the deadline', () => {
    const top = [...doc.getElementsByTagName('Task')][0];
    expect(fields(top)).toMatchObject({ UID: '0', ID: '0', OutlineLevel: '0', Summary: '1', Start: '2024-10-15T09:00:00', Finish: '2024-12-12T17:00:00', Deadline: '2024-12-15T17:00:00' });
  });

  it('makes the first phase a summary task at level 1 with its activities at level 2 beneath it', () => {
    const tasks = [...doc.getElementsByTagName('Task')];
    expect(fields(tasks[1])).toMatchObject({ ID: '1', Name: 'Discovery', WBS: '1', OutlineLevel: '1', Summary: '1', Start: '2024-10-15T09:00:00', Finish: '2024-10-22T17:00:00' });
    // The phase's activities in start order (the Markdown's), each keeping its place in the spec as its UID.
    expect(fields(tasks[2])).toMatchObject({ UID: '3', ID: '2', Name: 'Design WebSocket architecture (scaling, failover)', WBS: '1.1', OutlineLevel: '2', Summary: '0' });
    expect(fields(tasks[3])).toMatchObject({ UID: '1', ID: '3', Name: 'Evaluate OT libraries (ShareDB vs Yjs vs custom)', WBS: '1.2', OutlineLevel: '2' });
  });

  it('writes a 3-day effort task: Tue 09:00 to Thu 17:00, 24 hours of duration and work, fixed work, critical, must', () => {
    expect(fields(taskById(doc, 'ot-spike'))).toMatchObject({ Type: '2', Priority: '700', Start: '2024-10-15T09:00:00', Finish: '2024-10-17T17:00:00', Duration: 'PT24H0M0S', DurationFormat: '7', Work: 'PT24H0M0S', EffortDriven: '1', Milestone: '0', Critical: '1', TotalSlack: '0', ConstraintType: '4', ConstraintDate: '2024-10-15T09:00:00' });
  });

  it('keeps test-plan, which waits for qa1 to finish committed work, at Tue Oct 29 with Start No Earlier Than', () => {
    // Its link allows Wed Oct 23, the morning after arch-gate; qa1 is fully committed elsewhere until Oct 28.
    expect(fields(taskById(doc, 'arch-gate'))).toMatchObject({ Finish: '2024-10-22T17:00:00' });
    expect(fields(taskById(doc, 'test-plan'))).toMatchObject({ Start: '2024-10-29T09:00:00', ConstraintType: '4', ConstraintDate: '2024-10-29T09:00:00' });
  });

  it('keeps cursors, which waits for fe2 to finish presence-polish, at its planned start with Start No Earlier Than', () => {
    expect(fields(taskById(doc, 'cursors'))).toMatchObject({ Start: '2024-11-06T09:00:00', ConstraintType: '4', ConstraintDate: '2024-11-06T09:00:00' });
  });

  it('pins the external review too, and leaves gates to their links', () => {
    expect(fields(taskById(doc, 'security-review'))).toMatchObject({ ConstraintType: '4', ConstraintDate: '2024-11-07T09:00:00' });
    expect(fields(taskById(doc, 'poc-check'))).toMatchObject({ ConstraintType: '0' });
    expect(child(taskById(doc, 'poc-check'), 'ConstraintDate')).toBeUndefined();
  });

  it('writes a 2-day SS lag as LinkLag 9600 (tenths of a minute) with LagFormat 7 (days)', () => {
    const wsClient = fields(taskById(doc, 'ws-client')).UID;
    const links = children(taskById(doc, 'cursors'), 'PredecessorLink').map(fields);
    expect(links).toContainEqual({ PredecessorUID: wsClient, Type: '3', CrossProject: '0', LinkLag: '9600', LagFormat: '7' });
  });

  it('writes a gate as a milestone with zero duration, Start = Finish at the end of the work before it', () => {
    expect(fields(taskById(doc, 'poc-check'))).toMatchObject({ Start: '2024-10-21T17:00:00', Finish: '2024-10-21T17:00:00', Duration: 'PT0H0M0S', Milestone: '1', Notes: 'Question: Do both POCs sync between two clients?\nIf not: Escalate immediately' });
  });

  it('writes the external review without an assignment, flagged in its notes and type field', () => {
    const review = taskById(doc, 'security-review');
    expect(fields(review)).toMatchObject({ Start: '2024-11-07T09:00:00', Finish: '2024-11-20T17:00:00', Duration: 'PT80H0M0S', Type: '1' });
    expect(text(review, 'Notes')).toMatch(/^External: Security team\n/);
    const uid = fields(review).UID;
    expect([...doc.getElementsByTagName('Assignment')].filter((x) => text(x, 'TaskUID') === uid)).toEqual([]);
  });

  it('assigns both people of a crew, 100% each with 8 hours of work', () => {
    const uid = fields(taskById(doc, 'architecture')).UID;
    const assignments = [...doc.getElementsByTagName('Assignment')].filter((x) => text(x, 'TaskUID') === uid).map(fields);
    expect(assignments.map((x) => ({ resource: x.ResourceUID, units: x.Units, work: x.Work, start: x.Start, finish: x.Finish }))).toEqual([
      { resource: '1', units: '1', work: 'PT8H0M0S', start: '2024-10-22T09:00:00', finish: '2024-10-22T17:00:00' },
      { resource: '2', units: '1', work: 'PT8H0M0S', start: '2024-10-22T09:00:00', finish: '2024-10-22T17:00:00' },
    ]);
  });

  it('has the work week, the holidays and the freeze as exceptions of the base calendar', () => {
    const base = [...doc.getElementsByTagName('Calendar')][0];
    expect(fields(base)).toMatchObject({ UID: '1', Name: 'Standard', IsBaseCalendar: '1' });
    const days = children(child(base, 'WeekDays')!, 'WeekDay').map((d) => `${text(d, 'DayType')}:${text(d, 'DayWorking')}`);
    expect(days).toEqual(['1:0', '2:1', '3:1', '4:1', '5:1', '6:1', '7:0']);
    const exceptions = children(child(base, 'Exceptions')!, 'Exception').map((e) => ({ name: text(e, 'Name'), from: e.getElementsByTagName('FromDate')[0].textContent, to: e.getElementsByTagName('ToDate')[0].textContent, working: text(e, 'DayWorking') }));
    expect(exceptions).toEqual([
      { name: 'Holiday', from: '2024-11-28T00:00:00', to: '2024-11-28T23:59:00', working: '0' },
      { name: 'Holiday', from: '2024-12-25T00:00:00', to: '2024-12-25T23:59:00', working: '0' },
      { name: 'Holiday', from: '2025-01-01T00:00:00', to: '2025-01-01T23:59:00', working: '0' },
      { name: 'Freeze: Holiday freeze', from: '2024-12-01T00:00:00', to: '2024-12-08T23:59:00', working: '0' },
    ]);
  });

  it('gives a part-committed person an availability table: 50% from Oct 15 to Oct 28, 100% around it', () => {
    const fe1 = [...doc.getElementsByTagName('Resource')].find((r) => text(r, 'Name') === 'Frontend Mid 1')!;
    expect(fields(fe1)).toMatchObject({ Type: '1', MaxUnits: '1' });
    expect([...fe1.getElementsByTagName('AvailabilityPeriod')].map(fields)).toEqual([
      { AvailableFrom: '1984-01-01T00:00:00', AvailableTo: '2024-10-14T23:59:00', AvailableUnits: '1' },
      { AvailableFrom: '2024-10-15T00:00:00', AvailableTo: '2024-10-28T23:59:00', AvailableUnits: '0.5' },
      { AvailableFrom: '2024-10-29T00:00:00', AvailableTo: '2049-12-31T23:59:00', AvailableUnits: '1' },
    ]);
  });
});

describe('the MSPDI of other plans', () => {
  it('writes a 2-day FS lag on 8-hour days as LinkLag 9600 with LagFormat 7', () => {
    const doc = parse(mspdi('plan: p\nstart: 2024-10-14\ntasks:\n  - { id: a, duration: 1d }\n  - { id: b, duration: 1d, after: [{ task: a, lag: 2d }] }\n'));
    expect(fields(taskById(doc, 'b'))).toMatchObject({ Start: '2024-10-17T09:00:00', Finish: '2024-10-17T17:00:00' });
    expect(children(taskById(doc, 'b'), 'PredecessorLink').map(fields)).toEqual([{ PredecessorUID: '1', Type: '1', CrossProject: '0', LinkLag: '9600', LagFormat: '7' }]);
  });

  it('writes an hour plan in hours: an 8-hour SS lag is LinkLag 4800 with LagFormat 5, and dates keep their clock time', () => {
    const doc = parse(mspdi(example('incident')));
    expect(sequenceProblems(doc.documentElement)).toEqual([]);
    expect(fields(doc.documentElement)).toMatchObject({ DurationFormat: '5', StartDate: '2024-03-12T02:00:00' });
    const restore = fields(taskById(doc, 'restore-snapshot')).UID;
    expect(children(taskById(doc, 'restore-breaker'), 'PredecessorLink').map(fields)).toEqual([{ PredecessorUID: restore, Type: '3', CrossProject: '0', LinkLag: '4800', LagFormat: '5' }]);
  });

  it('puts a freeze that stops only deploys in a calendar for deploy tasks', () => {
    const doc = parse(mspdi('plan: p\nstart: 2024-10-14\ncalendar:\n  freezes: [{ name: No deploys, from: 2024-10-15, to: 2024-10-16, blocks: [deploy] }]\ntasks:\n  - { id: ship, kind: deploy, duration: 1d }\n'));
    const calendars = [...doc.getElementsByTagName('Calendar')].map((c) => ({ uid: text(c, 'UID'), name: text(c, 'Name'), base: text(c, 'BaseCalendarUID') }));
    expect(calendars[1]).toEqual({ uid: '2', name: 'execplan kind: deploy', base: '1' });
    expect(fields(taskById(doc, 'ship'))).toMatchObject({ CalendarUID: '2' });
  });
});

describe('the MSPDI of the launch at week 5, against the plan from before', () => {
  const xml = runPlanSync(
    { text: example('launch'), status: { text: example('launch.status') } },
    { formats: ['mspdi'], iterations: 0, baseline: { text: readFileSync(new URL('../../../examples/launch.baseline.json', import.meta.url), 'utf8') } },
  ).outputs[0].text;
  const doc = parse(xml);
  const baseline = (id: string) => fields(child(taskById(doc, id), 'Baseline')!);

  it('keeps every element, the baselines and actuals included, in the schema sequence order', () => {
    expect(sequenceProblems(doc.documentElement)).toEqual([]);
  });

  it('saves the baseline plan as baseline 0: OT logic was planned Tue Oct 29 to Fri Nov 1, 4 days of 8 hours', () => {
    expect(baseline('ot-logic')).toEqual({ Number: '0', Start: '2024-10-29T09:00:00', Finish: '2024-11-01T17:00:00', Duration: 'PT32H0M0S', DurationFormat: '7' });
    // The summary rows carry none: MS Project rolls them up.
    expect(child([...doc.getElementsByTagName('Task')][0], 'Baseline')).toBeUndefined();
  });

  it('writes what the status reports: done work 100% with its actual dates, work under way its share and start', () => {
    // ot-spike: started Tue Oct 15, done Thu Oct 17.
    expect(fields(taskById(doc, 'ot-spike'))).toMatchObject({ PercentComplete: '100', ActualStart: '2024-10-15T09:00:00', ActualFinish: '2024-10-17T17:00:00' });
    // ot-logic: started Thu Nov 7, 5 working days by Wed Nov 13 and 3 days left: 5/8 = 63%.
    const going = fields(taskById(doc, 'ot-logic'));
    expect(going).toMatchObject({ PercentComplete: '63', ActualStart: '2024-11-07T09:00:00' });
    expect(going.ActualFinish).toBeUndefined();
    // presence: 60% as reported. Work not started has no progress fields.
    expect(fields(taskById(doc, 'presence'))).toMatchObject({ PercentComplete: '60', ActualStart: '2024-11-07T09:00:00' });
    const later = fields(taskById(doc, 'retrospective'));
    expect(later.PercentComplete).toBeUndefined();
    expect(later.ActualStart).toBeUndefined();
  });

  it('writes neither baselines nor actuals for a plan without them', () => {
    const plain = mspdi(example('launch'));
    expect(plain).not.toMatch(/<Baseline>|<PercentComplete>|<ActualStart>/);
  });
});

describe('the MSPDI of the migration example, whose items have dates of their own', () => {
  const doc = parse(mspdi(example('migration')));
  const custom = (el: Element, fieldId: string) => children(el, 'ExtendedAttribute').find((x) => text(x, 'FieldID') === fieldId);
  const customValue = (el: Element, fieldId: string) => { const x = custom(el, fieldId); return x === undefined ? undefined : text(x, 'Value'); };

  it('keeps every element in the schema sequence order', () => expect(sequenceProblems(doc.documentElement)).toEqual([]));

  it('writes the vendor slot the plan keeps as Must Start On, so MS Project shows it as a fixed date', () => {
    expect(fields(taskById(doc, 'cluster'))).toMatchObject({ Start: '2025-03-17T09:00:00', ConstraintType: '2', ConstraintDate: '2025-03-17T09:00:00' });
    expect(customValue(taskById(doc, 'cluster'), '188743749')).toBe('2025-03-17');
  });

  it('writes a due date as the task\'s Deadline, by the end of its day, beside the start pin', () => {
    expect(fields(taskById(doc, 'dual-write'))).toMatchObject({ ConstraintType: '4', Deadline: '2025-03-28T23:59:00' });
    expect(fields(taskById(doc, 'live'))).toMatchObject({ Milestone: '1', Deadline: '2025-04-09T23:59:00' });
  });

  it('pins an earliest start at the planned start and keeps the spec\'s own date in a custom field', () => {
    expect(fields(taskById(doc, 'load-test'))).toMatchObject({ ConstraintType: '4', ConstraintDate: fields(taskById(doc, 'load-test')).Start });
    expect(customValue(taskById(doc, 'load-test'), '188743748')).toBe('2025-03-26');
  });
});

describe('the MSPDI of the incident, whose customer updates recur every 2 hours', () => {
  const run = runPlanSync({ text: example('incident') }, { formats: ['mspdi', 'json'], iterations: 0 });
  const doc = parse(run.outputs.find((o) => o.extension === 'xml')!.text);
  const json = JSON.parse(run.outputs.find((o) => o.extension === 'json')!.text) as { recurring: { id: string; occurrences: number; first: string; people: string[] }[] };
  const tasks = [...doc.getElementsByTagName('Task')];
  const summaryAt = tasks.findIndex((t) => text(t, 'Recurring') === '1');
  const summary = tasks[summaryAt];
  // Its occurrences: the level-2 tasks up to the next summary (the command sync recurs too).
  const after = tasks.slice(summaryAt + 1);
  const next = after.findIndex((t) => text(t, 'OutlineLevel') === '1');
  const occurrences = (next < 0 ? after : after.slice(0, next)).filter((t) => text(t, 'OutlineLevel') === '2');
  const fact = json.recurring[0];

  it('keeps every element in the schema sequence order', () => expect(sequenceProblems(doc.documentElement)).toEqual([]));

  it('writes one recurring summary task carrying the item as the spec says it', () => {
    expect(fields(summary)).toMatchObject({ Name: 'Customer status update', Recurring: '1', Summary: '1', OutlineLevel: '1', Start: `${fact.first}:00` });
    const values = children(summary, 'ExtendedAttribute').map((x) => text(x, 'Value'));
    expect(values).toEqual(['customer-update', 'recurring', 'comms', 'every 2h; duration 0.5h; from 2024-03-12T04:00']);
  });

  it('writes each occurrence beneath it, half an hour long and pinned to its start', () => {
    expect(occurrences).toHaveLength(fact.occurrences);
    expect(fields(occurrences[0])).toMatchObject({ Name: 'Customer status update 1', Start: `${fact.first}:00`, Finish: `${fact.first.slice(0, 14)}30:00`, Duration: 'PT0H30M0S', ConstraintType: '4', ConstraintDate: `${fact.first}:00` });
  });

  it('assigns every occurrence to the person who gives that update', () => {
    const uids = new Set(occurrences.map((t) => text(t, 'UID')));
    const resources = new Map([...doc.getElementsByTagName('Resource')].map((r) => [text(r, 'UID'), children(r, 'ExtendedAttribute').map((x) => text(x, 'Value'))[0]]));
    const assigned = [...doc.getElementsByTagName('Assignment')].filter((x) => uids.has(text(x, 'TaskUID')));
    expect(assigned).toHaveLength(fact.occurrences);
    expect([...new Set(assigned.map((x) => resources.get(text(x, 'ResourceUID'))))]).toEqual(fact.people);
    expect(fields(assigned[0])).toMatchObject({ Units: '1', Work: 'PT0H30M0S' });
  });
});
