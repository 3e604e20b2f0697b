/**
 * zod issues to diagnostics. zod says what failed structurally; this module picks the stable
 * code (a registered format's code, or the generic one for the issue), points at the right part
 * of the source (the key itself for an unknown key), and words the message and hint.
 */
import * as z from 'zod';
import { makeDiagnostic, type DiagCode, type Diagnostic } from '../diag/index.js';
import { baseOf, branchIndexFor, isMissing, knownKeys, resolveSchema, unwrap, valueAt } from './schema-walk.js';
import { isRealDate } from './schema.js';
import type { Path, SourceMap, SplitValue } from './source-map.js';
import { didYouMean } from './suggest.js';

type Issue = z.core.$ZodIssue;

export interface IssueContext {
  /** The schema the issues' paths are relative to. */
  readonly schema: z.ZodType;
  /** The data that was validated. */
  readonly data: unknown;
  /** Where `data` sits in the whole spec. */
  readonly base: Path;
  readonly sourceMap: SourceMap;
}

export function issuesToDiagnostics(issues: readonly Issue[], ctx: IssueContext): Diagnostic[] {
  const all = issues.flatMap((issue) => issueToDiagnostics(issue, issue.path as Path, ctx));
  // A value can fail two checks of one format (a date's pattern and its calendar check): once is enough.
  const seen = new Set<string>();
  return all.filter((d) => {
    const key = `${d.code} ${JSON.stringify(d.path)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function issueToDiagnostics(issue: Issue, path: Path, ctx: IssueContext): Diagnostic[] {
  const value = valueAt(ctx.data, path);
  const at = (p: Path, prefer: 'key' | 'value' = 'value') => {
    const full = [...ctx.base, ...p];
    return { path: full, range: ctx.sourceMap.locate(full, prefer) };
  };
  const { schema, declared, format } = resolveSchema(ctx.schema, path, ctx.data);
  const field = fieldName([...ctx.base, ...path]);

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeys(schema);
      return issue.keys.map((key) =>
        makeDiagnostic('E_UNKNOWN_KEY', `unknown field "${key}"${field ? ` in ${field}` : ''}`, {
          ...at([...path, key], 'key'),
          hint: unknownKeyHint(key, known, ctx.sourceMap.splitAt([...ctx.base, ...path, key])),
        }),
      );
    }
    case 'invalid_union': {
      const union = declared ? baseOf(declared) : undefined;
      const i = union instanceof z.ZodUnion ? branchIndexFor(union, value) : -1;
      if (i >= 0 && issue.errors[i]) {
        return issue.errors[i].flatMap((inner) => issueToDiagnostics(inner, [...path, ...(inner.path as Path)], ctx));
      }
      return [typeProblem(value, format?.expected ?? describeSchema(schema), format?.code, field, at(path))];
    }
    case 'invalid_type': {
      if (value === undefined && isMissing(ctx.data, path)) {
        const key = path[path.length - 1];
        const parent = fieldName([...ctx.base, ...path.slice(0, -1)]);
        return [makeDiagnostic('E_MISSING_KEY', `missing required field "${String(key)}"${parent ? ` in ${parent}` : ''}`, at(path))];
      }
      return [typeProblem(value, format?.expected ?? expectedOf(issue.expected), format?.code, field, at(path))];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      if (format) return [typeProblem(value, format.expected, format.code, field, at(path))];
      return [
        makeDiagnostic('E_BAD_VALUE', `${show(value)} is not allowed${field ? ` for ${field}` : ''}; use one of ${allowed.join(', ')}`, {
          ...at(path),
          hint: typeof value === 'string' ? didYouMean(value, allowed) : undefined,
        }),
      ];
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const inclusive = issue.inclusive !== false;
      const relation = issue.code === 'too_small' ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
      const what = issue.origin === 'array' ? `${relation} ${String(bound)} item${Number(bound) === 1 ? '' : 's'}` : `${relation} ${String(bound)}`;
      const message = `${field || 'value'} must be ${what}, got ${show(value)}`;
      return [makeDiagnostic(format?.code ?? 'E_OUT_OF_RANGE', message, at(path))];
    }
    case 'custom':
    case 'invalid_format': {
      if (format?.code === 'E_BAD_DATE' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) && !isRealDate(value)) {
        return [makeDiagnostic('E_BAD_DATE', `${show(value)} is not a real date`, at(path))];
      }
      return [typeProblem(value, format?.expected ?? 'a valid value', format?.code ?? 'E_BAD_VALUE', field, at(path))];
    }
    default:
      return [typeProblem(value, format?.expected ?? describeSchema(schema), format?.code, field, at(path))];
  }
}

function typeProblem(value: unknown, expected: string, code: DiagCode | undefined, field: string, where: { path: Path; range?: readonly [number, number] }): Diagnostic {
  const message = `${field ? `${field}: ` : ''}expected ${expected}, got ${show(value)}`;
  return makeDiagnostic(code ?? 'E_TYPE', message, where);
}

export function unknownKeyHint(key: string, known: readonly string[], split?: SplitValue): string {
  if (split) return `inside { }, a comma ends an unquoted value: quote it, as in ${split.key}: ${JSON.stringify(split.text)}`;
  const suggestion = didYouMean(key, known);
  if (suggestion) return suggestion;
  return known.length > 0 ? `known fields here: ${known.join(', ')}` : 'remove it';
}

/** `tasks[3].after[0]` style, or the last key alone when that reads better. */
export function fieldName(path: Path): string {
  let out = '';
  for (const step of path) out += typeof step === 'number' ? `[${step}]` : out === '' ? step : `.${step}`;
  return out;
}

function expectedOf(t: string): string {
  switch (t) {
    case 'object':
      return 'a mapping (key: value)';
    case 'array':
      return 'a list';
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return t;
  }
}

function describeSchema(s: z.ZodType | undefined): string {
  if (s instanceof z.ZodUnion) {
    const parts = (s.options as readonly z.ZodType[]).map((o) => describeSchema(unwrap(o, undefined)));
    return [...new Set(parts)].join(' or ');
  }
  if (s instanceof z.ZodObject) return 'a mapping (key: value)';
  if (s instanceof z.ZodArray || s instanceof z.ZodTuple) return 'a list';
  if (s instanceof z.ZodLiteral) return [...s.values].map((v) => JSON.stringify(v)).join(' or ');
  if (s instanceof z.ZodEnum) return `one of ${(s.options as readonly string[]).join(', ')}`;
  if (s instanceof z.ZodNumber) return 'a number';
  if (s instanceof z.ZodBoolean) return 'true or false';
  if (s instanceof z.ZodString) return 'text';
  return 'a valid value';
}

/** A short rendering of a value for messages. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}
