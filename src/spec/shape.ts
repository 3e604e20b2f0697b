/**
 * Schema validation that salvages what it can. The spec is checked section by section, and the
 * list sections (tasks, team, ...) element by element, with the very same schemas that make up
 * `specSchema`. Valid elements go on to the semantic checks even when others are broken, so one
 * typo does not hide every other problem; the ids of broken elements are remembered so that
 * references to them are not reported a second time as unknown.
 */
import * as z from 'zod';
import { makeDiagnostic, type Diagnostic } from '../diag/index.js';
import { issuesToDiagnostics, unknownKeyHint } from './issues.js';
import { ELEMENT_SECTIONS, specSchema, type ElementSection, type Spec } from './schema.js';
import { isRecord, unwrap } from './schema-walk.js';
import type { SourceMap } from './source-map.js';
import { didYouMean } from './suggest.js';

/** The spec as far as it is valid: sections (or elements) with schema errors are left out. */
export type Draft = Partial<Spec>;

export interface ShapeResult {
  readonly draft: Draft;
  /** Ids of list elements that failed the schema: they exist, but are not in the draft. */
  readonly brokenIds: ReadonlySet<string>;
  /** For each list section, the spec index of each element kept in the draft. */
  readonly origins: ReadonlyMap<ElementSection, readonly number[]>;
  /** Sections with at least one schema error (the draft holds only part of them). */
  readonly brokenSections: ReadonlySet<string>;
  readonly diagnostics: readonly Diagnostic[];
}

type SectionKey = keyof Spec;
const SHAPE = specSchema.shape as Record<SectionKey, z.ZodType>;
const SECTION_KEYS = Object.keys(SHAPE) as SectionKey[];

export function validateShape(data: unknown, sourceMap: SourceMap): ShapeResult {
  const diagnostics: Diagnostic[] = [];
  const brokenIds = new Set<string>();
  const brokenSections = new Set<string>();
  const origins = new Map<ElementSection, number[]>();
  const draft: Draft = {};
  if (!isRecord(data)) {
    diagnostics.push(
      makeDiagnostic('E_TYPE', 'the spec must be a mapping of fields (plan:, start:, tasks:, ...)', {
        path: [],
        range: sourceMap.locate([]) ?? [0, 0],
      }),
    );
    return { draft, brokenIds, brokenSections, origins, diagnostics };
  }

  for (const key of Object.keys(data)) {
    if ((SECTION_KEYS as string[]).includes(key)) continue;
    diagnostics.push(
      makeDiagnostic('E_UNKNOWN_KEY', `unknown field "${key}"`, {
        path: [key],
        range: sourceMap.locate([key], 'key'),
        hint: sourceMap.splitAt([key]) ? unknownKeyHint(key, SECTION_KEYS, sourceMap.splitAt([key])) : (didYouMean(key, SECTION_KEYS) ?? `known fields: ${SECTION_KEYS.join(', ')}`),
      }),
    );
  }

  for (const key of SECTION_KEYS) {
    const raw = Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
    const schema = SHAPE[key];
    if (isElementSection(key) && Array.isArray(raw)) {
      const element = (unwrap(schema, raw) as z.ZodArray).element as z.ZodType;
      const kept: unknown[] = [];
      const keptAt: number[] = [];
      raw.forEach((item, i) => {
        const result = element.safeParse(item);
        if (result.success) {
          kept.push(result.data);
          keptAt.push(i);
        }
        else {
          diagnostics.push(...issuesToDiagnostics(result.error.issues, { schema: element, data: item, base: [key, i], sourceMap }));
          brokenSections.add(key);
          if (isRecord(item) && typeof item.id === 'string') brokenIds.add(item.id);
        }
      });
      setSection(draft, key, kept);
      origins.set(key, keptAt);
      continue;
    }
    const result = schema.safeParse(raw);
    if (result.success) setSection(draft, key, result.data);
    else {
      brokenSections.add(key);
      diagnostics.push(...sectionProblems(key, raw, result.error.issues, schema, sourceMap));
    }
  }
  return { draft, brokenIds, brokenSections, origins, diagnostics };
}

function sectionProblems(key: SectionKey, raw: unknown, issues: readonly z.core.$ZodIssue[], schema: z.ZodType, sourceMap: SourceMap): Diagnostic[] {
  if (raw === undefined) {
    return [makeDiagnostic('E_MISSING_KEY', `missing required field "${key}"`, { path: [key], range: sourceMap.locate([]) ?? [0, 0] })];
  }
  return issuesToDiagnostics(issues, { schema, data: raw, base: [key], sourceMap });
}

function isElementSection(key: SectionKey): key is ElementSection {
  return (ELEMENT_SECTIONS as readonly string[]).includes(key);
}

/** The value was produced by this section's own schema, so it has the section's output type. */
function setSection<K extends SectionKey>(draft: Draft, key: K, value: unknown): void {
  draft[key] = value as Spec[K];
}
