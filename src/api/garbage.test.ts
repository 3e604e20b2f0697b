/**
 * The API garbage matrix: every public function, each argument in turn replaced by garbage
 * (the other arguments valid), must answer with diagnostics carrying an error code, or throw
 * (reject with) an `ExecplanError` with a code: never a raw TypeError or RangeError, and never an
 * answer that looks like success.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../diag/catalog.js';
import { PSPLIB_FIXTURES } from '../psplib/test-utils/data.js';
import * as api from './index.js';
import { ExecplanError, type PlanRun } from './index.js';

const launch = readFileSync(new URL('../../examples/launch.yaml', import.meta.url), 'utf8');
const psplib = readFileSync(join(PSPLIB_FIXTURES, 'j301_1.sm'), 'utf8');
/** Codes a refusal may carry: the catalog's and the PSPLIB reader's, each documented. */
const psplibDoc = readFileSync(new URL('../../docs/diagnostics-psplib.md', import.meta.url), 'utf8');
const DOCUMENTED = new Set<string>([...Object.keys(CATALOG), ...[...psplibDoc.matchAll(/^\| `(E_PSPLIB_[A-Z_]+)`/gm)].map((m) => m[1])]);

/** A string past every size limit (the spec limit is 64 MiB). */
const HUGE = 'x'.repeat(11 * 1024 * 1024);

const GARBAGE: readonly (readonly [string, unknown])[] = [
  ['null', null],
  ['undefined', undefined],
  ['0', 0],
  ['-1', -1],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['true', true],
  ["''", ''],
  ["'x'", 'x'],
  ['a huge string', HUGE],
  ['[]', []],
  ['[null]', [null]],
  ['{}', {}],
  ['an object without a prototype', Object.create(null)],
  ['an object of the wrong shape', { text: 7, model: 'x', activities: 5, schedule: [], result: null, code: 1 }],
  ['a function', () => 1],
  ['a symbol', Symbol('garbage')],
  ['a bigint', 10n],
  ['a date', new Date(0)],
];

interface Param {
  readonly name: string;
  readonly valid: () => unknown;
  /** Garbage labels that are legitimately valid for this argument (an optional one left out, ...). */
  readonly accepts?: readonly string[];
  /** More wrong values for this argument in particular. */
  readonly more?: readonly (readonly [string, unknown])[];
}

interface Entry {
  readonly name: string;
  readonly call: (...args: unknown[]) => unknown;
  readonly params: readonly Param[];
}

let run: PlanRun;
const result = () => run.result!;
const analysis = () => run.analysis!;
const model = () => run.result!.model;

beforeAll(() => {
  run = api.plan(launch, { schedules: 20, iterations: 50, formats: [] });
  expect(run.result && run.analysis).toBeTruthy();
});

/** Options small enough to run if a guard let them through. */
const quickOptions = () => ({ schedules: 10, iterations: 0, formats: [] });
const forecastOptions = () => ({ iterations: 20, seed: 1, distribution: 'pert', correlation: 0 });

/** Left out, or an empty object, options take every default. */
const EMPTY_OPTIONS = ['undefined', '{}', 'an object without a prototype'];
const OPTIONS: Param = { name: 'options', valid: quickOptions, accepts: EMPTY_OPTIONS, more: [['{ correlation: 5 }', { correlation: 5 }], ['{ formats: "md" }', { formats: 'md' }]] };
const LOAD_DIAGNOSTICS: Param = { name: 'loadDiagnostics', valid: () => [], accepts: ['undefined', '[]'], more: [['[{ code: 1 }]', [{ code: 1 }]]] };
const MODEL: Param = { name: 'model', valid: model, more: [['a model without activities', { name: 'x', start: '2024-10-14' }]] };
const RESULT: Param = { name: 'result', valid: result, more: [['a plan without a schedule', { model: {}, calendar: {} }]] };
const ANALYSIS: Param = { name: 'analysis', valid: analysis, more: [['an analysis without a result', { outlook: {} }]] };

const ENTRIES: readonly Entry[] = [
  { name: 'plan', call: (...a) => api.plan(...(a as Parameters<typeof api.plan>)), params: [{ name: 'specText', valid: () => launch }, OPTIONS] },
  { name: 'planModel', call: (...a) => api.planModel(...(a as Parameters<typeof api.planModel>)), params: [MODEL, OPTIONS, LOAD_DIAGNOSTICS] },
  {
    name: 'runPlanSync',
    call: (...a) => api.runPlanSync(...(a as Parameters<typeof api.runPlanSync>)),
    params: [{ name: 'source', valid: () => ({ text: launch }), more: [['{ text: 5 }', { text: 5 }], ['{ model: {} }', { model: {} }], ['{ text, name: 5 }', { text: launch, name: 5 }]] }, OPTIONS],
  },
  {
    name: 'runPlan',
    call: (...a) => api.runPlan(...(a as Parameters<typeof api.runPlan>)),
    // Iterations, so that a function given as the runner is called and what it returns is judged.
    params: [{ name: 'source', valid: () => ({ text: launch }) }, { ...OPTIONS, valid: () => ({ ...quickOptions(), iterations: 10 }) }, { name: 'runner', valid: () => undefined, accepts: ['undefined'] }],
  },
  {
    name: 'schedulePlan',
    call: (...a) => api.schedulePlan(...(a as Parameters<typeof api.schedulePlan>)),
    params: [MODEL, { name: 'options', valid: () => ({ schedules: 10, seed: 1 }), accepts: EMPTY_OPTIONS, more: [['{ seed: NaN }', { seed: Number.NaN }]] }, LOAD_DIAGNOSTICS],
  },
  { name: 'parsePlanOptions', call: (...a) => api.parsePlanOptions(...(a as Parameters<typeof api.parsePlanOptions>)), params: [{ name: 'input', valid: quickOptions, accepts: EMPTY_OPTIONS }] },
  { name: 'loadSource', call: (...a) => api.loadSource(...(a as Parameters<typeof api.loadSource>)), params: [{ name: 'source', valid: () => ({ text: launch }) }] },
  { name: 'loadSpec', call: (...a) => api.loadSpec(...(a as Parameters<typeof api.loadSpec>)), params: [{ name: 'text', valid: () => launch }] },
  {
    name: 'parsePsplib',
    call: (...a) => api.parsePsplib(...(a as Parameters<typeof api.parsePsplib>)),
    params: [{ name: 'text', valid: () => psplib }, { name: 'options', valid: () => ({ name: 'j301_1' }), accepts: EMPTY_OPTIONS, more: [['{ name: 5 }', { name: 5 }]] }],
  },
  {
    name: 'checkSchedule',
    call: (...a) => api.checkSchedule(...(a as Parameters<typeof api.checkSchedule>)),
    params: [MODEL, { name: 'schedule', valid: () => result().schedule, more: [['a schedule with garbage activities', { activities: [null], makespan: 1 }]] }],
  },
  {
    name: 'forecastPlan',
    call: (...a) => api.forecastPlan(...(a as Parameters<typeof api.forecastPlan>)),
    params: [RESULT, { name: 'options', valid: forecastOptions, accepts: EMPTY_OPTIONS, more: [['{ iterations: 10.5 }', { iterations: 10.5 }]] }],
  },
  {
    name: 'forecastInThreads',
    call: (...a) => api.forecastInThreads(...(a as Parameters<typeof api.forecastInThreads>)),
    params: [RESULT, { name: 'options', valid: forecastOptions, accepts: EMPTY_OPTIONS }, { name: 'threads', valid: () => ({ workers: 0 }), more: [['{ workers: 0, onProgress: 1 }', { workers: 0, onProgress: 1 }]] }],
  },
  {
    name: 'autoWorkers',
    call: (...a) => api.autoWorkers(...(a as Parameters<typeof api.autoWorkers>)),
    params: [RESULT, { name: 'iterations', valid: () => 100, accepts: ['0'] }, { name: 'cores', valid: () => 2 }],
  },
  { name: 'analysePlan', call: (...a) => api.analysePlan(...(a as Parameters<typeof api.analysePlan>)), params: [RESULT] },
  { name: 'renderMarkdown', call: (...a) => api.renderMarkdown(...(a as Parameters<typeof api.renderMarkdown>)), params: [ANALYSIS] },
  { name: 'renderJson', call: (...a) => api.renderJson(...(a as Parameters<typeof api.renderJson>)), params: [ANALYSIS] },
  { name: 'planDocument', call: (...a) => api.planDocument(...(a as Parameters<typeof api.planDocument>)), params: [ANALYSIS] },
  { name: 'renderHtml', call: (...a) => api.renderHtml(...(a as Parameters<typeof api.renderHtml>)), params: [ANALYSIS] },
  ...api.outputFormats.map((format) => ({ name: `outputFormats[${format.name}].render`, call: (...a: unknown[]) => format.render(...(a as Parameters<typeof format.render>)), params: [ANALYSIS] })),
  {
    name: 'positionDiagnostics',
    call: (...a) => api.positionDiagnostics(...(a as Parameters<typeof api.positionDiagnostics>)),
    params: [
      { name: 'diagnostics', valid: () => run.diagnostics, accepts: ['[]'], more: [['[{ code: 1 }]', [{ code: 1 }]]] },
      { name: 'text', valid: () => launch, accepts: ["''", "'x'", 'a huge string'] },
    ],
  },
  {
    name: 'closestId',
    call: (...a) => api.closestId(...(a as Parameters<typeof api.closestId>)),
    params: [
      { name: 'word', valid: () => 'qa-integratoin', accepts: ["''", "'x'", 'a huge string'] },
      { name: 'candidates', valid: () => ['qa-integration'], accepts: ['[]'], more: [['[1, 2]', [1, 2]]] },
    ],
  },
  { name: 'waitedForText', call: (...a) => api.waitedForText(...(a as Parameters<typeof api.waitedForText>)), params: [ANALYSIS, { name: 'id', valid: () => 'qa-integration', accepts: ["''", "'x'", 'a huge string'] }] },
  {
    name: 'formatDiagnostics',
    call: (...a) => api.formatDiagnostics(...(a as Parameters<typeof api.formatDiagnostics>)),
    params: [
      { name: 'diagnostics', valid: () => run.diagnostics, accepts: ['[]'], more: [['[{ code: "E_X", severity: "error", message: "m", range: [NaN, 1] }]', [{ code: 'E_X', severity: 'error', message: 'm', range: [Number.NaN, 1] }]]] },
      { name: 'options', valid: () => ({ file: 'launch.yaml', text: launch, color: false }), more: [['{ file: "f" }', { file: 'f' }]] },
    ],
  },
];

/** What went wrong with an answer to garbage, or undefined when it is a proper refusal. */
function misbehaviour(outcome: { threw: true; error: unknown } | { threw: false; value: unknown }): string | undefined {
  if (outcome.threw) {
    const e = outcome.error;
    if (e instanceof ExecplanError && DOCUMENTED.has(e.code)) return undefined;
    return `threw ${e instanceof Error ? `${e.name}: ${e.message.slice(0, 120)}` : typeof e}`;
  }
  const value = outcome.value as Record<string, unknown> | undefined;
  if (value && typeof value === 'object' && value.ok === false && Array.isArray(value.issues) && value.issues.length > 0) return undefined;
  const diagnostics = value && typeof value === 'object' ? value.diagnostics : undefined;
  const refused = Array.isArray(diagnostics) && diagnostics.some((d: { code: string; severity: string }) => d.severity === 'error' && DOCUMENTED.has(d.code));
  const answered = value && typeof value === 'object' && (value.model !== undefined || value.result !== undefined || value.plan !== undefined);
  if (refused && !answered) return undefined;
  return `returned ${answered ? 'an answer' : Array.isArray(value) ? `an array of ${value.length}` : typeof value}${refused ? ' with error diagnostics' : ''}`;
}

async function outcomeOf(call: () => unknown): Promise<{ threw: true; error: unknown } | { threw: false; value: unknown }> {
  try {
    return { threw: false, value: await call() };
  } catch (error) {
    return { threw: true, error };
  }
}

describe('the API garbage matrix', () => {
  for (const entry of ENTRIES) {
    entry.params.forEach((param, position) => {
      it(`${entry.name}: garbage as ${param.name} is refused with a code`, async () => {
        const failures: string[] = [];
        for (const [label, garbage] of [...GARBAGE, ...(param.more ?? [])]) {
          if (param.accepts?.includes(label)) continue;
          const args = entry.params.map((p, i) => (i === position ? garbage : p.valid()));
          const wrong = misbehaviour(await outcomeOf(() => entry.call(...args)));
          if (wrong) failures.push(`${label}: ${wrong}`);
        }
        expect(failures).toEqual([]);
      });
    });

    it(`${entry.name}: no arguments (when one is required), or every argument null, is refused with a code`, async () => {
      const failures: string[] = [];
      const required = entry.params.some((p) => !p.accepts?.includes('undefined'));
      const calls = [...(required ? [['no arguments', []] as const] : []), ['all null', entry.params.map(() => null)] as const];
      for (const [label, args] of calls) {
        const wrong = misbehaviour(await outcomeOf(() => entry.call(...args)));
        if (wrong) failures.push(`${label}: ${wrong}`);
      }
      expect(failures).toEqual([]);
    });
  }

  it('checkSchedule(null, null) does not report a clean schedule', () => {
    expect(() => api.checkSchedule(null as never, null as never)).toThrow(ExecplanError);
  });

  it('builds a ScheduleCheckError from anything, since it reports a bug and must not hide it behind another', () => {
    for (const [, garbage] of GARBAGE) {
      const error = new api.ScheduleCheckError(garbage as never);
      expect(error).toBeInstanceOf(Error);
      expect(error.message).toMatch(/failed its own check/);
    }
  });

});

/** Options a caller might mistype; each is out of the schema's range or type. */
const BAD_OPTIONS: readonly (readonly [string, Record<string, unknown>])[] = [
  ['correlation: 5', { correlation: 5 }],
  ['confidence: 2', { confidence: 2 }],
  ["distribution: 'normal'", { distribution: 'normal' }],
  ['seed: NaN', { seed: Number.NaN }],
  ['iterations: 10.5', { iterations: 10.5 }],
  ['seed: -1', { seed: -1 }],
  ['schedules: Infinity', { schedules: Number.POSITIVE_INFINITY }],
  ["an unknown option 'iteration'", { iteration: 10 }],
];

describe('options go through the one schema at every entry point', () => {
  const planCalls: readonly (readonly [string, (options: Record<string, unknown>) => PlanRun | Promise<PlanRun> | api.ScheduleStage])[] = [
    ['plan', (o) => api.plan(launch, o)],
    ['planModel', (o) => api.planModel(model(), o)],
    ['runPlanSync', (o) => api.runPlanSync({ text: launch }, o)],
    ['runPlan', (o) => api.runPlan({ text: launch }, o)],
    ['schedulePlan', (o) => api.schedulePlan(model(), o)],
  ];

  for (const [label, options] of BAD_OPTIONS) {
    it(`${label}: E_BAD_OPTION and no plan, from every call`, async () => {
      expect(api.parsePlanOptions(options).ok).toBe(false);
      for (const [name, call] of planCalls) {
        const answer = (await call(options)) as { diagnostics: readonly api.Diagnostic[]; result?: unknown; plan?: unknown; outputs?: unknown[] };
        expect(answer.diagnostics.map((d) => d.code), name).toEqual(['E_BAD_OPTION']);
        expect(answer.result ?? answer.plan, name).toBeUndefined();
        expect(answer.outputs ?? [], name).toEqual([]);
      }
      const settings = { ...forecastOptions(), ...options };
      expect(() => api.forecastPlan(result(), settings as never), 'forecastPlan').toThrow(expect.objectContaining({ code: 'E_BAD_OPTION' }));
      await expect(api.forecastInThreads(result(), settings as never, { workers: 0 }), 'forecastInThreads').rejects.toThrow(ExecplanError);
    });
  }

  it('a forecast of 0 iterations is refused rather than answered with percentiles at the start date', () => {
    expect(() => api.forecastPlan(result(), { ...forecastOptions(), iterations: 0 } as never)).toThrow(expect.objectContaining({ code: 'E_BAD_OPTION' }));
  });

  it('autoWorkers judges its iterations and cores', () => {
    expect(() => api.autoWorkers(result(), 10.5, 2)).toThrow(expect.objectContaining({ code: 'E_BAD_OPTION' }));
    expect(() => api.autoWorkers(result(), 100, 0)).toThrow(expect.objectContaining({ code: 'E_BAD_ARGUMENT' }));
    expect(api.autoWorkers(result(), 100, 2)).toBe(0);
    expect(api.autoWorkers(result(), 100_000, 2)).toBe(2);
    // However many cores, the automatic choice is a worker count the options schema accepts.
    const many = api.autoWorkers(result(), 100_000, 1_000_000);
    expect(many).toBeGreaterThanOrEqual(1);
    expect(api.parsePlanOptions({ workers: many }).ok).toBe(true);
  });

  it('forecastInThreads judges the worker count through the schema before starting any thread', async () => {
    for (const workers of [Number.NaN, 1.5, -1, Number.POSITIVE_INFINITY]) {
      await expect(api.forecastInThreads(result(), forecastOptions() as never, { workers })).rejects.toThrow(expect.objectContaining({ code: 'E_BAD_OPTION' }));
    }
  });

  it('reports a bad source and bad options together', () => {
    const { diagnostics } = api.runPlanSync({ text: 5 } as never, { correlation: 5 });
    expect(diagnostics.map((d) => d.code).sort()).toEqual(['E_BAD_ARGUMENT', 'E_BAD_OPTION']);
  });

  it('lists at most a few unknown option names, each cut short', () => {
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`${'k'.repeat(10_000)}${i}`, i]));
    const parsed = api.parsePlanOptions(many);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0].message.length).toBeLessThan(500);
  });
});

describe('a model built in code is checked for its shape before anything reads it', () => {
  /** Near misses: a model from the loader with one part broken, as code that builds models gets wrong. */
  const nearMisses = (): readonly (readonly [string, unknown])[] => {
    const m = model();
    const [first, ...rest] = m.activities;
    const withFirst = (change: Record<string, unknown>) => ({ ...m, activities: [{ ...first, ...change }, ...rest] });
    return [
      ['an activity of no fields', { ...m, activities: [{}] }],
      ['work: null', withFirst({ work: null })],
      ["work in an unknown mode", withFirst({ work: { mode: 'magic', slots: 1 } })],
      ['a NaN duration', withFirst({ work: { mode: 'duration', slots: Number.NaN } })],
      ['deps: null', withFirst({ deps: null })],
      ['a link from an unknown activity', withFirst({ deps: [{ from: 'nowhere', type: 'FS', lag: 0 }] })],
      ['demands: [null]', withFirst({ demands: [null] })],
      ['a demand of 0 units', withFirst({ demands: [{ skills: [], units: 0 }] })],
      ['a demand of an unknown resource', withFirst({ demands: [{ resource: 'nobody', skills: [], units: 1 }] })],
      ['two activities with one id', { ...m, activities: [...m.activities, first] }],
      ['a resource of no fields', { ...m, resources: [{}] }],
      ['working hours as strings', { ...m, calendar: { ...m.calendar, hours: ['9', '17'] } }],
      ['working hours that end before they start', { ...m, calendar: { ...m.calendar, hours: [17, 9] } }],
      ['weekday 9 as the only working day', { ...m, calendar: { ...m.calendar, workweek: [9] } }],
      ['no working day', { ...m, calendar: { ...m.calendar, workweek: [] } }],
      ['a start that is no date', { ...m, start: 'soon' }],
      ['a start of 31 February', { ...m, start: '2025-02-31' }],
      ['a holiday as a number', { ...m, calendar: { ...m.calendar, holidays: [5] } }],
      ['a deadline of no fields', { ...m, deadline: {} }],
      ['a risk of no fields', { ...m, risks: [{}] }],
    ];
  };

  it('planModel and schedulePlan answer E_BAD_ARGUMENT and no plan; checkSchedule throws; models from the loaders pass', () => {
    expect(api.planModel(model(), quickOptions() as never).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const sm = api.parsePsplib(psplib, { name: 'j301_1' }).model!;
    expect(api.schedulePlan(sm, { schedules: 5, seed: 1 }).plan).toBeDefined();
    const failures: string[] = [];
    for (const [label, broken] of nearMisses()) {
      const planned = api.planModel(broken as never, quickOptions() as never);
      if (planned.result || !planned.diagnostics.some((d) => d.code === 'E_BAD_ARGUMENT')) failures.push(`planModel, ${label}`);
      const scheduled = api.schedulePlan(broken as never, { schedules: 5, seed: 1 });
      if (scheduled.plan || !scheduled.diagnostics.some((d) => d.code === 'E_BAD_ARGUMENT')) failures.push(`schedulePlan, ${label}`);
      const checked = misbehaviour({ threw: true, error: captured(() => api.checkSchedule(broken as never, result().schedule)) });
      if (checked) failures.push(`checkSchedule, ${label}: ${checked}`);
    }
    expect(failures).toEqual([]);
  });

  it('a forecast that is not one is refused by the analysis and the renderers', () => {
    const broken = { ...result(), forecast: {} };
    expect(() => api.analysePlan(broken as never)).toThrow(ExecplanError);
    expect(() => api.renderMarkdown({ ...analysis(), result: broken } as never)).toThrow(ExecplanError);
  });
});

/** What a call threw, or a note that it did not throw. */
function captured(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  return new Error('did not throw');
}
