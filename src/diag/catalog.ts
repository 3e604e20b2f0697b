/**
 * The stable catalog of diagnostic codes. A code never changes meaning once published: tools and
 * tests match on it, so wording may improve but codes only get added. `docs/diagnostics.md`
 * documents every entry, and a test keeps the two in step.
 *
 * Errors start with `E_`, warnings with `W_`. A spec with errors produces no model; warnings are
 * advice and never block.
 */
import type { Diagnostic, Severity } from './diagnostic.js';

export interface CatalogEntry {
  readonly severity: Severity;
  /** One line: what the code means. */
  readonly meaning: string;
  /** What to do about it, when the diagnostic has no more specific hint. */
  readonly hint: string;
}

export const CATALOG = {
  // Files (the CLI) and scheduling
  E_FILE_NOT_FOUND: { severity: 'error', meaning: 'The spec file does not exist.', hint: 'Check the path; `execplan init` writes a starter spec.' },
  E_FILE_UNREADABLE: { severity: 'error', meaning: 'The spec file exists but cannot be read.', hint: 'Check the file is a readable text file and that you may read it (permissions).' },
  E_NOT_A_FILE: { severity: 'error', meaning: 'The spec path names a directory, a FIFO, a device or a socket, not a regular file.', hint: 'Give the path of a spec file; to plan from a pipe, save the text to a file first.' },
  E_BAD_OPTION: { severity: 'error', meaning: 'A plan option (a CLI flag, an API or MCP option) is missing its value, of the wrong type or out of range.', hint: 'See `execplan plan --help` or docs/api.md for the options and their ranges.' },
  E_BAD_ARGUMENT: { severity: 'error', meaning: 'A library call was given an argument of the wrong type or shape (not spec text, not a model, not an analysis, ...).', hint: 'See docs/api.md for what each call takes.' },
  E_UNSCHEDULABLE: { severity: 'error', meaning: 'The spec is valid, but no schedule can satisfy it.', hint: 'Read the message: it names the activity and what blocks it (a calendar without working time, a demand no resource can ever meet).' },
  // Input and YAML
  E_TOO_LARGE: { severity: 'error', meaning: 'The spec is larger than 64 MiB.', hint: 'Split the plan into smaller specs; a plan spec is text written by people.' },
  E_BINARY: { severity: 'error', meaning: 'The file contains NUL or other control characters, so it is not a text spec.', hint: 'Check that this is the right file and that it is saved as UTF-8 text.' },
  E_EMPTY: { severity: 'error', meaning: 'The spec is empty or holds only comments.', hint: 'Start from `execplan init`, or add at least `plan:` and `start:`.' },
  E_TOO_DEEP: { severity: 'error', meaning: 'Lists or mappings are nested deeper than 64 levels.', hint: 'A plan spec is at most a few levels deep; check for runaway brackets or indentation.' },
  E_YAML_SYNTAX: { severity: 'error', meaning: 'The text is not valid YAML (or JSON).', hint: 'Check indentation, colons and quotes around this point.' },
  E_YAML_DUPLICATE_KEY: { severity: 'error', meaning: 'A mapping has the same key twice.', hint: 'Remove or rename one of the two keys.' },
  E_YAML_ALIAS_LIMIT: { severity: 'error', meaning: 'YAML aliases expand to too much data (an alias bomb).', hint: 'Use at most 100 alias expansions; write the values out instead.' },
  E_YAML_MULTI_DOC: { severity: 'error', meaning: 'The file holds more than one YAML document.', hint: 'Keep one plan per file; remove the `---` separator.' },
  E_YAML_KEY: { severity: 'error', meaning: 'A mapping key is a list or mapping instead of a plain name.', hint: 'Use plain words as keys.' },
  // Shape (schema)
  E_TYPE: { severity: 'error', meaning: 'A value has the wrong type.', hint: 'See docs/spec.md for the expected type of this field.' },
  E_MISSING_KEY: { severity: 'error', meaning: 'A required field is missing.', hint: 'Add the field; see docs/spec.md.' },
  E_UNKNOWN_KEY: { severity: 'error', meaning: 'A field name is not part of the spec.', hint: 'Check the spelling; see docs/spec.md for the known fields.' },
  E_BAD_VALUE: { severity: 'error', meaning: 'A value is not one of the allowed choices.', hint: 'Use one of the listed values.' },
  E_OUT_OF_RANGE: { severity: 'error', meaning: 'A number or list is too small or too large.', hint: 'See docs/spec.md for the allowed range.' },
  E_BAD_ID: { severity: 'error', meaning: 'An id is not a plain identifier.', hint: 'Use letters, digits, `-`, `_` and `.`, starting with a letter, digit or `_` (e.g. `ws-server`).' },
  E_BAD_DATE: { severity: 'error', meaning: 'A date is malformed or does not exist.', hint: 'Write dates as YYYY-MM-DD (hour plans may add THH:MM), e.g. 2024-10-15.' },
  E_BAD_DURATION: { severity: 'error', meaning: 'A duration is malformed or negative.', hint: 'Write durations like 4h, 3d, 2w or a plain number of working slots.' },
  E_BAD_PERCENT: { severity: 'error', meaning: 'A share is malformed or out of range.', hint: 'Write shares as a percentage like 50% or a number between 0 and 1 like 0.5.' },
  E_BAD_TIME: { severity: 'error', meaning: 'A time of day is malformed.', hint: 'Write times as HH:MM, e.g. 09:30.' },
  E_BAD_TIMEZONE: { severity: 'error', meaning: 'A time zone is not an IANA time zone name this Node knows.', hint: 'Write zones as IANA names, e.g. Europe/Berlin, America/New_York or UTC.' },
  E_BAD_MONEY: { severity: 'error', meaning: 'An amount of money is negative, not a number, or has more than two decimals.', hint: 'Write amounts in the plan currency with at most two decimals, e.g. 1250 or 1250.50.' },
  E_BAD_CAPACITY: { severity: 'error', meaning: 'A capacity, availability or unit count is zero or negative.', hint: 'Give a positive capacity, or remove the resource if it cannot work on this plan.' },
  // Meaning (semantic checks)
  E_DUPLICATE_ID: { severity: 'error', meaning: 'Two elements share an id.', hint: 'Give each task, external item, gate, milestone, person and pool its own id.' },
  E_UNKNOWN_REF: { severity: 'error', meaning: 'A reference names an id that is not defined.', hint: 'Check the spelling, or define the element it refers to.' },
  E_CYCLE: { severity: 'error', meaning: 'Dependencies form a cycle, so nothing in it can start.', hint: 'Remove one dependency of the cycle.' },
  E_NO_SKILL: { severity: 'error', meaning: 'No single person or pool has every skill a task needs.', hint: 'Add the skill to someone in `team`, or split the task by skill.' },
  E_OVER_CAPACITY: { severity: 'error', meaning: 'A task needs more units at once than any fitting resource has.', hint: 'Lower `units`, or raise the capacity of a pool.' },
  E_DEADLINE_BEFORE_START: { severity: 'error', meaning: 'The deadline is before the start.', hint: 'Check the years and months of `start` and `deadline`.' },
  E_BAD_PERIOD: { severity: 'error', meaning: 'A period ends before it begins.', hint: 'Swap `from` and `to`, or fix the dates.' },
  E_ESTIMATE_ORDER: { severity: 'error', meaning: 'A three-point range is not ordered optimistic <= likely <= pessimistic.', hint: 'Write [optimistic, likely, pessimistic], smallest first.' },
  E_CONFLICT: { severity: 'error', meaning: 'Two fields that exclude each other are both set.', hint: 'Keep only one of them.' },
  E_EFFORT_NO_PEOPLE: { severity: 'error', meaning: 'A task has effort but nobody to do it.', hint: 'Add `skills`, `assignee` or `demands`, or use `duration` for a fixed span.' },
  E_DEPENDS_ON_WONT: { severity: 'error', meaning: 'Planned work depends on a task marked `wont`, which is never scheduled.', hint: 'Drop the dependency, or raise the priority of the task it depends on.' },
  E_BAD_CALENDAR: { severity: 'error', meaning: 'The calendar has no working time or inconsistent hours.', hint: 'Give at least one working day and hours [from, to] with from < to.' },
  E_LIMIT: { severity: 'error', meaning: 'A value, a count or the plan as a whole goes past one of the limits execplan plans within (docs/limits.md).', hint: 'See docs/limits.md for the limit and why it is there; split the plan or check the value for a typo.' },
  E_BAD_ROLLOUT: { severity: 'error', meaning: 'Rollout stages do not increase.', hint: 'List stages from the smallest percentage to the largest, e.g. [10, 25, 50, 100].' },
  E_STATUS_DATE: { severity: 'error', meaning: 'A date of the status file is out of order: before the plan start, after as_of, or a finish before its start.', hint: 'A status records what happened by as_of; check the dates against each other.' },
  E_STATUS_PROGRESS: { severity: 'error', meaning: 'The status file records progress that cannot be: on a won\'t-have or a gate, in progress with no start, an entry with no state.', hint: 'See docs/tracking.md for what each state needs.' },
  // Baselines (`--baseline PLAN.json`)
  E_BASELINE_SYNTAX: { severity: 'error', meaning: 'The baseline file is not JSON (or is empty, or binary).', hint: 'Give the JSON execplan wrote for the earlier plan (`execplan plan SPEC --format json`), unedited.' },
  E_BASELINE_FORMAT: { severity: 'error', meaning: 'The baseline is JSON but not a plan execplan wrote (its `format` is not `execplan.plan`).', hint: 'Give the output of `execplan plan SPEC --format json`, not the spec or another document.' },
  E_BASELINE_VERSION: { severity: 'error', meaning: 'The baseline was written with another version of the JSON contract than the 2 this execplan reads.', hint: 'Re-plan the baseline spec with this execplan (`execplan plan OLD-SPEC --format json`) and use that output.' },
  E_BASELINE_SHAPE: { severity: 'error', meaning: 'A field the slip report reads is missing from the baseline or has the wrong type (an edited or truncated file).', hint: 'Use the JSON exactly as execplan wrote it; see docs/json.md for the fields.' },
  E_BASELINE_MISMATCH: { severity: 'error', meaning: 'The baseline cannot be compared with this plan: it counts another unit (days against hours) or lies more than a year before the plan.', hint: 'Compare a plan with a baseline of the same kind of plan, written within the year before its start.' },
  // MS Project XML import
  E_XML_SYNTAX: { severity: 'error', meaning: 'The file to import is not well-formed XML, or nests elements deeper than 64 levels.', hint: 'Check the file opens in MS Project or ProjectLibre; re-export it as XML if it was cut short.' },
  E_XML_DOCTYPE: { severity: 'error', meaning: 'The file to import has a DOCTYPE: its entities could expand without bound (an XML bomb) or read other files, so it is refused.', hint: 'MS Project XML has no DOCTYPE; export the file from the tool again, or remove the DOCTYPE.' },
  E_MSPDI_NOT_PROJECT: { severity: 'error', meaning: 'The XML is not an MS Project XML (MSPDI) file: its root is not a Project element.', hint: 'In MS Project, use File > Save As > XML Format; in ProjectLibre or GanttProject, export to MS Project XML.' },
  W_MSPDI_DROPPED: { severity: 'warning', meaning: 'An element of the imported file has no counterpart in a spec and was left out (or read approximately, as the message says).', hint: 'Check the written spec where it matters: add the constraint or setting by hand if the plan needs it.' },
  // Warnings
  W_NO_TASKS: { severity: 'warning', meaning: 'The plan has no tasks.', hint: 'Add work under `tasks`.' },
  W_NO_ESTIMATE: { severity: 'warning', meaning: 'A task or external item has no duration, effort or estimate; it is planned as one slot.', hint: 'Add `estimate: [optimistic, likely, pessimistic]` or `duration`.' },
  W_RISK_NO_OWNER: { severity: 'warning', meaning: 'A risk has no owner.', hint: 'Name who watches this risk with `owner`.' },
  W_RISK_NO_MITIGATION: { severity: 'warning', meaning: 'A risk has no mitigation.', hint: 'Say what reduces the risk with `mitigation`.' },
  W_UNKNOWN_OWNER: { severity: 'warning', meaning: 'An owner looks like an id but is not a team member.', hint: 'Use a team id, or write the owner out in words (e.g. Product Manager).' },
  W_GATE_NO_ON_FAIL: { severity: 'warning', meaning: 'A gate does not say what happens when it fails.', hint: 'Add `on_fail`, e.g. "Add 2 weeks and tell stakeholders".' },
  W_MUST_AFTER_OPTIONAL: { severity: 'warning', meaning: 'A must-have depends on should/could work that may be cut.', hint: 'Raise the priority of the dependency, or make the dependency optional work too.' },
  W_ASSIGNEE_LACKS_SKILL: { severity: 'warning', meaning: 'The assignee does not have a skill the task lists.', hint: 'Add the skill to the person, or assign someone who has it.' },
  W_ROUNDED_UP: { severity: 'warning', meaning: 'A fixed span longer than one slot has a fraction of a slot, and runs in whole slots: the rest of its last slot is lost.', hint: 'Round the work to whole slots (days in a day plan), split off the part below a slot as its own task, or plan in hours (`calendar: { unit: hour }`).' },
  W_FREEZE_UNKNOWN_KIND: { severity: 'warning', meaning: 'A freeze blocks a task kind no task has.', hint: 'Check the spelling against the `kind` of your tasks.' },
  W_DATE_UNREACHABLE: { severity: 'warning', meaning: 'The work linked before an item cannot be done by its `due` or `on` date, even with every person free.', hint: 'Move the date, shorten the chain the message names, or start that work earlier.' },
} as const satisfies Record<string, CatalogEntry>;

export type DiagCode = keyof typeof CATALOG;

export const DIAG_CODES = Object.keys(CATALOG) as DiagCode[];

export function isDiagCode(code: string): code is DiagCode {
  return Object.prototype.hasOwnProperty.call(CATALOG, code);
}

export interface DiagDetails {
  readonly hint?: string;
  readonly path?: readonly (string | number)[];
  readonly range?: readonly [number, number];
}

/** Builds a diagnostic whose severity (and, unless given, hint) comes from the catalog. */
export function makeDiagnostic(code: DiagCode, message: string, details: DiagDetails = {}): Diagnostic {
  const entry: CatalogEntry = CATALOG[code];
  return {
    code,
    severity: entry.severity,
    message,
    hint: details.hint ?? entry.hint,
    ...(details.path ? { path: details.path } : {}),
    ...(details.range ? { range: details.range } : {}),
  };
}
