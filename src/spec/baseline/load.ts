/**
 * The baseline loader: the text of an earlier JSON output of execplan in, a Baseline or
 * positioned diagnostics out. Pure (no file system, no clock).
 *
 *   guard (size, binary, empty) -> JSON.parse -> format, version -> fields -> Baseline
 *
 * JSON.parse reads the text (a plan's JSON can be megabytes, and it is fast); only when something
 * is wrong is the text read again with positions (as YAML, which JSON is), to point at it.
 */
import { horizonEndDay, LOOKBACK_DAYS, parseDay } from '../../calendar/index.js';
import { makeDiagnostic, sortDiagnostics, type DiagCode, type Diagnostic } from '../../diag/index.js';
import type { Baseline, BaselineActivity } from '../../model/index.js';
import { MAX_SPEC_CHARS } from '../limits.js';
import { readYaml } from '../yaml-tree.js';
import { baselineDocumentSchema, type BaselineDocument } from './schema.js';

/** Above this many characters a baseline is refused unread: the JSON of the largest plan is far smaller. */
export const MAX_BASELINE_CHARS = 64 * 1024 * 1024;

export interface BaselineLoad {
  /** Present exactly when no diagnostic is an error. */
  readonly baseline?: Baseline;
  readonly diagnostics: readonly Diagnostic[];
}

type Path = readonly (string | number)[];

// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

/** What the baseline is compared with: the current plan's unit and start. */
export interface BaselineTarget {
  readonly unit: 'day' | 'hour';
  readonly start: string;
}

/** The baseline in `text`; with `target`, also whether it can be compared with that plan. */
export function loadBaseline(text: string, target?: BaselineTarget): BaselineLoad {
  const refused = guard(text);
  if (refused) return { diagnostics: [refused] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { diagnostics: [syntaxDiagnostic(text, error)] };
  }
  const locate = locator(text);
  const head = headProblem(value, locate);
  if (head) return { diagnostics: [head] };
  const parsed = baselineDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.slice(0, 20).map((i) => shapeDiagnostic(i.path as Path, valueAt(value, i.path as Path) === undefined ? 'missing' : i.message, locate));
    return { diagnostics: sortDiagnostics(diagnostics) };
  }
  const duplicate = duplicateId(parsed.data, locate);
  if (duplicate) return { diagnostics: [duplicate] };
  const mismatch = target ? mismatchWith(parsed.data, target, locate) : undefined;
  if (mismatch) return { diagnostics: [mismatch] };
  return { baseline: toBaseline(parsed.data), diagnostics: [] };
}

/** The calendar reads dates from a year before the plan's start to its horizon; a baseline outside cannot be lined up. */
function mismatchWith(doc: BaselineDocument, target: BaselineTarget, locate: (path: Path) => readonly [number, number]): Diagnostic | undefined {
  if (doc.plan.unit !== target.unit) {
    return makeDiagnostic('E_BASELINE_MISMATCH', `the baseline counts ${doc.plan.unit}s and this plan ${target.unit}s, so their dates cannot be compared slot by slot`, { range: locate(['plan', 'unit']), path: ['plan', 'unit'] });
  }
  const earliest = parseDay(target.start) - LOOKBACK_DAYS;
  if (parseDay(doc.plan.start) < earliest) {
    return makeDiagnostic('E_BASELINE_MISMATCH', `the baseline starts on ${doc.plan.start}, more than a year before this plan's start ${target.start}`, { range: locate(['plan', 'start']), path: ['plan', 'start'] });
  }
  if (parseDay(doc.summary.finish) >= horizonEndDay(target.start, target.unit)) {
    return makeDiagnostic('E_BASELINE_MISMATCH', `the baseline finishes on ${doc.summary.finish}, past the end of this plan's horizon`, { range: locate(['summary', 'finish']), path: ['summary', 'finish'] });
  }
  return undefined;
}

function guard(text: string): Diagnostic | undefined {
  if (text.length > MAX_BASELINE_CHARS) return makeDiagnostic('E_TOO_LARGE', `the baseline has ${(text.length / 1048576).toFixed(1)} MiB of text; the limit is ${MAX_BASELINE_CHARS / 1048576} MiB`, { range: [0, 0], hint: 'Give the JSON execplan wrote for the earlier plan.' });
  const control = CONTROL.exec(text);
  if (control) return makeDiagnostic('E_BASELINE_SYNTAX', 'the baseline contains control characters, so it is not JSON text', { range: [control.index, control.index + 1] });
  if (text.trim() === '') return makeDiagnostic('E_BASELINE_SYNTAX', 'the baseline is empty', { range: [0, 0] });
  return undefined;
}

/** Where JSON.parse stopped: the YAML reader's position when it also fails, else the engine's, else the start. */
function syntaxDiagnostic(text: string, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message.replace(/,? ".*" is not valid JSON$/s, '') : 'not JSON';
  const yamlProblem = text.length <= MAX_SPEC_CHARS ? readYaml(text).diagnostics.find((d) => d.range) : undefined;
  const at = /at position (\d+)/.exec(reason);
  const offset = yamlProblem?.range?.[0] ?? (at ? Math.min(Number(at[1]), text.length) : 0);
  return makeDiagnostic('E_BASELINE_SYNTAX', `the baseline is not JSON: ${lowerFirst(reason.replace(/ in JSON at position \d+.*$/s, ''))}`, { range: [offset, Math.min(offset + 1, text.length)] });
}

/** A path's range in the text, read only when a diagnostic needs one; the start for very large text. */
function locator(text: string): (path: Path) => readonly [number, number] {
  let map: ReturnType<typeof readYaml>['sourceMap'] | undefined;
  return (path) => {
    if (text.length > MAX_SPEC_CHARS) return [0, 0];
    map ??= readYaml(text).sourceMap;
    return map.locate(path) ?? [0, 0];
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Not an execplan plan, or one of another contract version: said alone, since every other field may differ. */
function headProblem(value: unknown, locate: (path: Path) => readonly [number, number]): Diagnostic | undefined {
  if (!isRecord(value)) return makeDiagnostic('E_BASELINE_FORMAT', 'the baseline is not a JSON object, so not a plan execplan wrote', { range: locate([]) });
  if (value.format !== 'execplan.plan') {
    const what = value.format === undefined ? 'has no "format"' : `has format ${JSON.stringify(value.format)}`;
    return makeDiagnostic('E_BASELINE_FORMAT', `the baseline ${what}; a plan execplan wrote has "format": "execplan.plan"`, { range: locate(value.format === undefined ? [] : ['format']), path: ['format'] });
  }
  if (value.version !== 2) {
    return makeDiagnostic('E_BASELINE_VERSION', `the baseline is version ${JSON.stringify(value.version ?? null)} of the JSON contract; this execplan reads version 2`, { range: locate(['version']), path: ['version'] });
  }
  return undefined;
}

function valueAt(value: unknown, path: Path): unknown {
  let at = value;
  for (const key of path) at = isRecord(at) || Array.isArray(at) ? (at as Record<string | number, unknown>)[key] : undefined;
  return at;
}

function shapeDiagnostic(path: Path, message: string, locate: (path: Path) => readonly [number, number]): Diagnostic {
  return makeDiagnostic(codeFor(path), `baseline ${pathText(path)}: ${message}`, { range: locate(path), path });
}

function codeFor(path: Path): DiagCode {
  return path[0] === 'format' ? 'E_BASELINE_FORMAT' : path[0] === 'version' ? 'E_BASELINE_VERSION' : 'E_BASELINE_SHAPE';
}

/** `tasks[3].startOffset`. */
function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('') || 'document';
}

function duplicateId(doc: BaselineDocument, locate: (path: Path) => readonly [number, number]): Diagnostic | undefined {
  const seen = new Set<string>();
  for (const [i, t] of doc.tasks.entries()) {
    if (seen.has(t.id)) return makeDiagnostic('E_BASELINE_SHAPE', `baseline tasks[${i}]: the id "${t.id}" is listed twice`, { range: locate(['tasks', i, 'id']), path: ['tasks', i, 'id'] });
    seen.add(t.id);
  }
  return undefined;
}

function toBaseline(doc: BaselineDocument): Baseline {
  return {
    name: doc.plan.name,
    unit: doc.plan.unit,
    start: doc.plan.start,
    finish: doc.summary.finish,
    makespan: doc.summary.makespan,
    ...(doc.plan.seed !== undefined ? { seed: doc.plan.seed } : {}),
    ...(doc.plan.schedules !== undefined ? { schedules: doc.plan.schedules } : {}),
    criticalPath: doc.summary.criticalPath,
    activities: doc.tasks.map(toActivity),
    unscheduled: (doc.unscheduled ?? []).map((u) => ({ id: u.id, title: u.title, priority: u.priority })),
  };
}

function toActivity(t: BaselineDocument['tasks'][number]): BaselineActivity {
  return {
    id: t.id,
    title: t.title,
    type: t.type,
    priority: t.priority,
    start: t.start,
    finish: t.finish,
    startOffset: t.startOffset,
    finishOffset: t.finishOffset,
    assignees: t.assignees,
    critical: t.critical,
    ...(t.work ? { work: { mode: t.work.mode, amount: t.work.amount, booked: t.work.booked, ...(t.estimate ? { estimate: t.estimate } : {}) } } : {}),
  };
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s[0].toLowerCase() + s.slice(1) : s;
}
