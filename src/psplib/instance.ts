/**
 * Reads a single-mode PSPLIB `.sm` file into its plain data (jobs, successors, durations, demands,
 * capacities), checking it on the way. Building the execplan Model from it is `to-model.ts`.
 */
import type { Diagnostic } from '../diag/index.js';
import { lineRange, splitLines, type SourceLine, type Token } from './lines.js';
import { locateSections, readKeyValue, readTableRows, SECTION_TITLES, type Row, type SectionName } from './sections.js';
import { findCycle } from './cycle.js';

export interface PsplibJob {
  /** The PSPLIB job number, 1..N; job 1 is the dummy source and job N the dummy sink. */
  readonly number: number;
  readonly successors: readonly number[];
  readonly duration: number;
  /** Per-period demand on R1..RK. */
  readonly demands: readonly number[];
}

/** The PROJECT INFORMATION row, when the file has one. */
export interface PsplibProjectInfo {
  /** Real jobs, without the two dummies. */
  readonly realJobs: number;
  readonly releaseDate: number;
  readonly dueDate: number;
  readonly tardinessCost: number;
  /** Critical-path length ignoring resources: the lower bound LB0. */
  readonly mpmTime: number;
}

export interface PsplibInstance {
  readonly jobs: readonly PsplibJob[];
  /** Capacity of R1..RK. */
  readonly capacities: readonly number[];
  /** Sum of durations, a trivial upper bound (when the file states it). */
  readonly horizon?: number;
  readonly project?: PsplibProjectInfo;
}

type Range = readonly [number, number];

function error(code: string, message: string, range: Range, hint?: string): Diagnostic {
  return hint === undefined ? { code, severity: 'error', message, range } : { code, severity: 'error', message, range, hint };
}

const span = (token: Token): Range => [token.start, token.end];

export function readPsplibInstance(text: string): { instance?: PsplibInstance; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const lines = splitLines(text);
  const sections = locateSections(lines);
  const endOfText: Range = [text.length, text.length];

  for (const required of ['jobs', 'precedence', 'requests', 'availabilities'] as const) {
    if (sections[required] === undefined) {
      diagnostics.push(
        error('E_PSPLIB_MISSING_SECTION', `the file has no '${SECTION_TITLES[required]}' section`, endOfText,
          'a single-mode PSPLIB .sm file has jobs, PRECEDENCE RELATIONS, REQUESTS/DURATIONS and RESOURCEAVAILABILITIES'),
      );
    }
  }
  const lineOf = (name: SectionName): SourceLine | undefined => {
    const index = sections[name];
    return index === undefined ? undefined : lines[index];
  };
  const valueOf = (name: SectionName) => {
    const line = lineOf(name);
    return line ? readKeyValue(line, diagnostics) : undefined;
  };
  const rowsOf = (name: SectionName): Row[] => {
    const index = sections[name];
    return index === undefined ? [] : readTableRows(lines, index, diagnostics);
  };

  const precedence = rowsOf('precedence');
  // A multi-mode file breaks every later check (extra request rows, nonrenewable resources), so
  // say the one thing that matters and stop.
  const multiMode = findMultiMode(precedence);
  if (multiMode) return { diagnostics: [multiMode] };
  checkUnsupported(valueOf('projects'), valueOf('nonrenewable'), valueOf('doubly'), diagnostics);
  const declaredJobs = valueOf('jobs');
  const horizon = valueOf('horizon');
  const renewable = valueOf('renewable');
  const capacities = readCapacities(rowsOf('availabilities'), renewable, diagnostics);
  const requests = rowsOf('requests');
  const project = readProjectInfo(rowsOf('projectInfo'), diagnostics);
  if (diagnostics.length > 0) return { diagnostics };

  const jobCount = declaredJobs?.value ?? precedence.length;
  checkJobCount(declaredJobs, jobCount, precedence, 'PRECEDENCE RELATIONS', diagnostics);
  checkJobCount(declaredJobs, jobCount, requests, 'REQUESTS/DURATIONS', diagnostics);
  if (project && declaredJobs && project.info.realJobs !== jobCount - 2) {
    diagnostics.push(
      error('E_PSPLIB_JOB_COUNT',
        `PROJECT INFORMATION gives ${project.info.realJobs} real jobs, but the file declares ${jobCount} jobs including the 2 dummies`,
        span(project.realJobsToken)),
    );
  }
  const successors = readPrecedence(precedence, jobCount, diagnostics);
  const durations = readRequests(requests, capacities?.values.length ?? 0, diagnostics);
  if (diagnostics.length > 0 || !capacities) return { diagnostics };

  const jobs: PsplibJob[] = [];
  for (let index = 0; index < jobCount; index++) {
    const request = durations[index];
    jobs.push({ number: index + 1, successors: successors[index], duration: request.duration, demands: request.demands });
    request.demands.forEach((units, r) => {
      if (units > capacities.values[r]) {
        diagnostics.push(
          error('E_PSPLIB_OVER_CAPACITY', `job ${index + 1} needs ${units} of R${r + 1}, capacity ${capacities.values[r]}`,
            span(request.demandTokens[r]), 'no schedule can run this job; lower its demand or raise the capacity'),
        );
      }
    });
  }
  const cycle = findCycle(successors);
  if (cycle) {
    const first = precedence[cycle[0] - 1];
    diagnostics.push(
      error('E_PSPLIB_CYCLE', `jobs ${cycle.join(' -> ')} form a precedence cycle`, lineRange(first.line),
        'remove one successor link of the cycle'),
    );
  }
  if (diagnostics.length > 0) return { diagnostics };
  const instance: PsplibInstance = {
    jobs,
    capacities: capacities.values,
    ...(horizon ? { horizon: horizon.value } : {}),
    ...(project ? { project: project.info } : {}),
  };
  return { instance, diagnostics };
}

function checkUnsupported(
  projects: { value: number; token: Token } | undefined,
  nonrenewable: { value: number; token: Token } | undefined,
  doubly: { value: number; token: Token } | undefined,
  diagnostics: Diagnostic[],
): void {
  if (projects && projects.value !== 1) {
    diagnostics.push(error('E_PSPLIB_MULTI_PROJECT', `the file holds ${projects.value} projects; only one project per file is supported`, span(projects.token)));
  }
  for (const [kind, entry] of [['nonrenewable', nonrenewable], ['doubly constrained', doubly]] as const) {
    if (entry && entry.value !== 0) {
      diagnostics.push(
        error('E_PSPLIB_UNSUPPORTED_RESOURCE', `${entry.value} ${kind} resources: only renewable resources are supported`, span(entry.token),
          'single-mode RCPSP (.sm) files have renewable resources only'),
      );
    }
  }
}

function readCapacities(
  rows: readonly Row[],
  renewable: { value: number; token: Token } | undefined,
  diagnostics: Diagnostic[],
): { values: readonly number[] } | undefined {
  const row = rows[0];
  if (!row) return undefined; // the missing section is already reported
  if (!row.values) return undefined;
  if (renewable && row.values.length !== renewable.value) {
    diagnostics.push(
      error('E_PSPLIB_RESOURCE_COUNT', `RESOURCEAVAILABILITIES lists ${row.values.length} capacities, but the file declares ${renewable.value} renewable resources`,
        lineRange(row.line)),
    );
  }
  return { values: row.values };
}

function readProjectInfo(rows: readonly Row[], diagnostics: Diagnostic[]): { info: PsplibProjectInfo; realJobsToken: Token } | undefined {
  const row = rows[0];
  if (!row?.values) return undefined;
  // pronr. #jobs rel.date duedate tardcost MPM-Time
  if (row.values.length !== 6) {
    diagnostics.push(error('E_PSPLIB_ROW_LENGTH', `PROJECT INFORMATION has ${row.values.length} fields, expected 6 (pronr. #jobs rel.date duedate tardcost MPM-Time)`, lineRange(row.line)));
    return undefined;
  }
  const [, realJobs, releaseDate, dueDate, tardinessCost, mpmTime] = row.values;
  return { info: { realJobs, releaseDate, dueDate, tardinessCost, mpmTime }, realJobsToken: row.line.tokens[1] };
}

function checkJobCount(
  declared: { value: number; token: Token } | undefined,
  jobCount: number,
  rows: readonly Row[],
  section: string,
  diagnostics: Diagnostic[],
): void {
  if (rows.length === jobCount) return;
  const range: Range = declared ? span(declared.token) : rows.length > 0 ? lineRange(rows[rows.length - 1].line) : [0, 0];
  diagnostics.push(error('E_PSPLIB_JOB_COUNT', `the file declares ${jobCount} jobs, but ${section} has ${rows.length} rows`, range));
}

function checkJobNumber(row: Row, values: readonly number[], expected: number, diagnostics: Diagnostic[]): boolean {
  if (values[0] === expected) return true;
  diagnostics.push(error('E_PSPLIB_JOB_ORDER', `expected job ${expected} here, found job ${values[0]}`, span(row.line.tokens[0]), 'jobs are listed once each, numbered 1..N in order'));
  return false;
}

const SINGLE_MODE_HINT = 'use a single-mode (.sm) instance, where every job has exactly 1 mode';

function findMultiMode(rows: readonly Row[]): Diagnostic | undefined {
  for (const row of rows) {
    const modes = row.values?.[1];
    if (modes !== undefined && modes !== 1) {
      return error('E_PSPLIB_MULTI_MODE', `job ${row.values?.[0]} has ${modes} modes; multi-mode instances (.mm) are not supported`,
        span(row.line.tokens[1]), SINGLE_MODE_HINT);
    }
  }
  return undefined;
}

/** Successor lists per job (index = job number - 1). Rows: jobnr. #modes #successors successors... */
function readPrecedence(rows: readonly Row[], jobCount: number, diagnostics: Diagnostic[]): number[][] {
  return rows.map((row, index) => {
    const values = row.values ?? [];
    if (values.length < 3) {
      diagnostics.push(error('E_PSPLIB_ROW_LENGTH', 'a precedence row needs the job number, the mode count and the successor count', lineRange(row.line)));
      return [];
    }
    if (!checkJobNumber(row, values, index + 1, diagnostics)) return [];
    const listed = values.length - 3;
    if (listed !== values[2]) {
      diagnostics.push(error('E_PSPLIB_ROW_LENGTH', `job ${index + 1} declares ${values[2]} successors but lists ${listed}`, span(row.line.tokens[2])));
      return [];
    }
    const successors: number[] = [];
    for (let k = 3; k < values.length; k++) {
      const successor = values[k];
      if (successor < 1 || successor > jobCount) {
        diagnostics.push(error('E_PSPLIB_UNKNOWN_SUCCESSOR', `job ${index + 1} lists successor ${successor}, but jobs are numbered 1..${jobCount}`, span(row.line.tokens[k])));
      } else if (!successors.includes(successor)) successors.push(successor);
    }
    return successors;
  });
}

interface Request {
  readonly duration: number;
  readonly demands: readonly number[];
  readonly demandTokens: readonly Token[];
}

/** Duration and demands per job. Rows: jobnr. mode duration R1..RK. */
function readRequests(rows: readonly Row[], resourceCount: number, diagnostics: Diagnostic[]): Request[] {
  return rows.map((row, index) => {
    const values = row.values ?? [];
    const none: Request = { duration: 0, demands: [], demandTokens: [] };
    if (values.length !== 3 + resourceCount) {
      diagnostics.push(
        error('E_PSPLIB_ROW_LENGTH', `a request row needs the job number, mode, duration and ${resourceCount} demands; this one has ${values.length} fields`, lineRange(row.line)),
      );
      return none;
    }
    if (!checkJobNumber(row, values, index + 1, diagnostics)) return none;
    if (values[1] !== 1) {
      diagnostics.push(error('E_PSPLIB_MULTI_MODE', `job ${index + 1} is given in mode ${values[1]}; only mode 1 exists in single-mode files`, span(row.line.tokens[1]), SINGLE_MODE_HINT));
      return none;
    }
    return { duration: values[2], demands: values.slice(3), demandTokens: row.line.tokens.slice(3) };
  });
}
