import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importMspdi } from './import.js';

const fixture = readFileSync(new URL('../../test/fixtures/mspdi/ms-project.xml', import.meta.url), 'utf8');
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('importing a file MS Project saved', () => {
  const imported = importMspdi(fixture);
  const spec = imported.spec!;

  it('reads the title, the start day and the project summary task\'s deadline', () => {
    expect(spec).toMatchObject({ plan: 'Website relaunch', start: '2024-10-14', deadline: '2024-11-29' });
  });

  it('reads the work week, the working hours with their lunch break, and a two-day exception as holidays', () => {
    expect(spec.calendar).toEqual({ workweek: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: [8, 17], hours_per_day: 8, holidays: ['2024-10-23', '2024-10-24'] });
  });

  it('makes a person of a 50% resource with time off from their calendar, and a pool of a 300% resource', () => {
    expect(spec.team).toEqual([
      { id: 'ana', name: 'Ana', availability: 0.5, time_off: [{ from: '2024-10-28', to: '2024-10-29' }] },
      { id: 'developers', name: 'Developers', capacity: 3 },
    ]);
  });

  it('makes phases of the summary tasks, effort of effort-driven work, and keeps link types and lags', () => {
    expect(spec.tasks).toEqual([
      { id: 'wireframes-flows-v2', title: 'Wireframes & "flows" <v2>', phase: 'Design', assignee: 'ana', effort: '3d' },
      { id: 'visual-design', title: 'Visual design', phase: 'Design', duration: '5d', priority: 'should', not_before: '2024-10-21', after: [{ task: 'wireframes-flows-v2', lag: '1d' }] },
      { id: 'pages', title: 'Pages', phase: 'Build', demands: [{ resource: 'developers', units: 2 }], duration: '10d', after: [{ task: 'visual-design', type: 'SS' }] },
    ]);
    expect(spec.milestones).toEqual([{ id: 'go-live', title: 'Go live', phase: 'Build', due: '2024-11-22', after: ['pages'] }]);
  });

  it('writes YAML that reads back as the same spec', () => expect(parse(imported.yaml!)).toEqual(spec));

  it('warns, at each element\'s line, about everything a spec cannot say', () => {
    expect(imported.diagnostics.map((d) => ({ code: d.code, line: lineOf(fixture, d.range![0]), what: d.message.split(' is left out')[0] }))).toEqual([
      { code: 'W_MSPDI_DROPPED', line: 35, what: "the working exception 'Saturday push' of calendar 'Standard'" },
      { code: 'W_MSPDI_DROPPED', line: 79, what: "the material resource 'Paper'" },
      { code: 'W_MSPDI_DROPPED', line: 69, what: "the link of 'Pages' to the summary task 'Design'" },
      { code: 'W_MSPDI_DROPPED', line: 72, what: "the lag of 'Go live' after 'pages' is a percentage of the predecessor's duration; it" },
    ]);
  });
});

describe('importing what is not an MS Project file', () => {
  it('refuses XML whose root is not a Project', () => {
    expect(importMspdi('<?xml version="1.0"?>\n<project name="x"/>').diagnostics).toMatchObject([{ code: 'E_MSPDI_NOT_PROJECT', range: [22, 23] }]);
  });

  it('reports broken XML at its position and gives no spec', () => {
    const text = '<Project>\n  <Tasks>\n    <Task><Name>a</Task>\n  </Tasks>\n</Project>';
    const result = importMspdi(text);
    expect(result.spec).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0].code).toBe('E_XML_SYNTAX');
    expect(lineOf(text, result.diagnostics[0].range![0])).toBe(3);
  });

  it('refuses a project without a start', () => expect(importMspdi('<Project><Title>x</Title></Project>').diagnostics[0].code).toBe('E_MSPDI_NOT_PROJECT'));
});

describe('importing the start pins execplan writes', () => {
  const task = (constraintDate: string, withId: boolean) => `<Project xmlns="http://schemas.microsoft.com/project"><Title>p</Title><StartDate>2024-10-14T09:00:00</StartDate><Tasks>
    <Task><UID>1</UID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Start>2024-10-16T09:00:00</Start><Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat><ConstraintType>4</ConstraintType><ConstraintDate>${constraintDate}</ConstraintDate>${withId ? '<ExtendedAttribute><FieldID>188743731</FieldID><Value>build</Value></ExtendedAttribute>' : ''}</Task>
  </Tasks></Project>`;

  it('leaves out, without a warning, a Start No Earlier Than on the start of a task execplan wrote', () => {
    const imported = importMspdi(task('2024-10-16T09:00:00', true));
    expect(imported.diagnostics).toEqual([]);
    expect(imported.spec!.tasks).toEqual([{ id: 'build', title: 'Build', duration: '2d' }]);
  });

  it('reads a Start No Earlier Than on another date, or on a task execplan did not write, as not_before', () => {
    expect(importMspdi(task('2024-10-15T09:00:00', true)).spec!.tasks).toEqual([{ id: 'build', title: 'Build', duration: '2d', not_before: '2024-10-15' }]);
    expect(importMspdi(task('2024-10-16T09:00:00', false)).spec!.tasks).toEqual([{ id: 'build', title: 'Build', duration: '2d', not_before: '2024-10-16' }]);
  });
});

describe('importing the dates that bind a task', () => {
  const project = (unit: 5 | 7, task: string) => `<Project xmlns="http://schemas.microsoft.com/project"><Title>p</Title><StartDate>2024-10-14T09:00:00</StartDate><DurationFormat>${unit}</DurationFormat><Tasks>
    <Task><UID>1</UID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Start>2024-10-16T09:00:00</Start><Duration>PT16H0M0S</Duration>${task}</Task>
    <Task><UID>2</UID><Name>Review</Name><OutlineLevel>1</OutlineLevel><Milestone>1</Milestone><Duration>PT0H0M0S</Duration><ConstraintType>2</ConstraintType><ConstraintDate>2024-10-18T09:00:00</ConstraintDate><ExtendedAttribute><FieldID>188743734</FieldID><Value>gate</Value></ExtendedAttribute></Task>
  </Tasks></Project>`;
  const build = (unit: 5 | 7, task: string) => {
    const imported = importMspdi(project(unit, task));
    return { build: imported.spec!.tasks, warnings: imported.diagnostics.map((d) => d.message) };
  };
  const gateWarning = "the dates of the gate 'Review' are left out: a gate follows its links";

  it('reads Must Start On as on, and Finish No Later Than as due', () => {
    expect(build(7, '<ConstraintType>2</ConstraintType><ConstraintDate>2024-10-17T09:00:00</ConstraintDate>')).toEqual({ build: [{ id: 'build', title: 'Build', duration: '2d', on: '2024-10-17' }], warnings: [gateWarning] });
    expect(build(7, '<ConstraintType>7</ConstraintType><ConstraintDate>2024-10-25T17:00:00</ConstraintDate>')).toEqual({ build: [{ id: 'build', title: 'Build', duration: '2d', due: '2024-10-25' }], warnings: [gateWarning] });
  });

  it('takes the earlier of a Finish No Later Than and a Deadline, and keeps times of day in an hour plan', () => {
    expect(build(5, '<ConstraintType>7</ConstraintType><ConstraintDate>2024-10-25T14:00:00</ConstraintDate><Deadline>2024-10-24T23:59:00</Deadline>').build).toEqual([{ id: 'build', title: 'Build', duration: '16h', due: '2024-10-24' }]);
    expect(build(5, '<ConstraintType>7</ConstraintType><ConstraintDate>2024-10-23T14:00:00</ConstraintDate><Deadline>2024-10-24T23:59:00</Deadline>').build).toEqual([{ id: 'build', title: 'Build', duration: '16h', due: '2024-10-23T14:00' }]);
  });

  it('warns about the constraints a spec cannot say, and about dates the spec would reject', () => {
    expect(build(7, '<ConstraintType>5</ConstraintType><ConstraintDate>2024-10-17T09:00:00</ConstraintDate>').warnings[0]).toBe("the constraint 'start no later than' of 'Build' is left out: a spec binds items with not_before, on and due");
    expect(build(7, '<Deadline>2024-10-11T17:00:00</Deadline>')).toEqual({ build: [{ id: 'build', title: 'Build', duration: '2d' }], warnings: ["the deadline 2024-10-11 of 'Build' is left out: it is before the plan starts (2024-10-14)", gateWarning] });
    expect(build(7, '<ConstraintType>4</ConstraintType><ConstraintDate>2024-10-21T09:00:00</ConstraintDate><Deadline>2024-10-18T17:00:00</Deadline>')).toEqual({ build: [{ id: 'build', title: 'Build', duration: '2d', not_before: '2024-10-21' }], warnings: ["the deadline 2024-10-18 of 'Build' is left out: it is before the item may start (2024-10-21)", gateWarning] });
  });
});

describe('importing recurring work', () => {
  const project = (summary: string) => `<Project xmlns="http://schemas.microsoft.com/project"><Title>p</Title><StartDate>2024-10-14T09:00:00</StartDate><Tasks>
    <Task><UID>1</UID><Name>Standup</Name><OutlineLevel>1</OutlineLevel><Summary>1</Summary><Recurring>1</Recurring>${summary}</Task>
    <Task><UID>2</UID><Name>Standup 1</Name><OutlineLevel>2</OutlineLevel><Duration>PT0H15M0S</Duration></Task>
    <Task><UID>3</UID><Name>Standup 2</Name><OutlineLevel>2</OutlineLevel><Duration>PT0H15M0S</Duration></Task>
    <Task><UID>4</UID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Duration>PT16H0M0S</Duration></Task>
  </Tasks></Project>`;
  const field = (id: number, value: string) => `<ExtendedAttribute><FieldID>${id}</FieldID><Value>${value}</Value></ExtendedAttribute>`;

  it('reads a recurring summary execplan wrote as one recurring entry, and not its occurrences', () => {
    const imported = importMspdi(project(field(188743731, 'standup') + field(188743737, 'backend') + field(188743750, 'every 1d; duration 0.25h; from 2024-10-14; to 2024-12-13')));
    expect(imported.diagnostics).toEqual([]);
    expect(imported.spec!.recurring).toEqual([{ id: 'standup', title: 'Standup', every: '1d', duration: '0.25h', skills: ['backend'], to: '2024-12-13' }]);
    expect(imported.spec!.tasks).toEqual([{ id: 'build', title: 'Build', duration: '2d' }]);
  });

  it('reads the occurrences of a recurring task MS Project wrote as tasks of a phase, and says so', () => {
    const imported = importMspdi(project(''));
    expect(imported.diagnostics.map((d) => d.message)).toEqual(["'Standup' recurs; its occurrences are read as tasks of the phase 'Standup'"]);
    expect((imported.spec!.tasks as { id: string; phase?: string }[]).map((t) => [t.id, t.phase])).toEqual([['standup-1', 'Standup'], ['standup-2', 'Standup'], ['build', undefined]]);
  });

  it('warns about a recurring field it cannot read, and reads the occurrences instead', () => {
    const imported = importMspdi(project(field(188743750, 'twice a day')));
    expect(imported.diagnostics.map((d) => d.message)[0]).toMatch(/^the execplan recurring field of 'Standup' is not in the form execplan writes/);
    expect(imported.spec!.recurring).toBeUndefined();
  });
});
