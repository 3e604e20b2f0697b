/**
 * The status loader: a status file's text and the plan's model in, a Status or diagnostics out.
 * Pure like the spec loader, and built from the same pieces: the guard, YAML with positions, the
 * schema's issues as diagnostics, then the checks against the plan.
 */
import { hasErrors, makeDiagnostic, sortDiagnostics, type Diagnostic, type SourcePositions } from '../../diag/index.js';
import type { Model, Status } from '../../model/index.js';
import { guardText } from '../guard.js';
import { issuesToDiagnostics } from '../issues.js';
import { isRecord } from '../schema-walk.js';
import type { SourceMap } from '../source-map.js';
import { readYaml } from '../yaml-tree.js';
import { checkStatus } from './checks.js';
import { toStatus } from './normalise.js';
import { statusSchema } from './schema.js';

export interface StatusLoad {
  /** Present exactly when no diagnostic is an error. */
  readonly status?: Status;
  readonly diagnostics: readonly Diagnostic[];
  readonly positions?: SourcePositions;
}

export function loadStatus(text: string, model: Model): StatusLoad {
  const refused = guardText(text);
  if (refused) return { diagnostics: [refused] };
  const tree = readYaml(text);
  if (tree.value === undefined || hasErrors(tree.diagnostics)) return { diagnostics: sortDiagnostics(tree.diagnostics) };
  if (!isRecord(tree.value)) {
    return { diagnostics: [makeDiagnostic('E_TYPE', 'the status must be a mapping of fields (as_of:, tasks:, gates:, risks:)', { range: tree.sourceMap.locate([]) ?? [0, 0] })], positions: tree.sourceMap };
  }
  const parsed = statusSchema.safeParse(tree.value);
  if (!parsed.success) {
    const diagnostics = issuesToDiagnostics(parsed.error.issues, { schema: statusSchema, data: tree.value, base: [], sourceMap: tree.sourceMap });
    return { diagnostics: sortDiagnostics(diagnostics), positions: tree.sourceMap };
  }
  const diagnostics = sortDiagnostics([...tree.diagnostics, ...located(checkStatus(parsed.data, model), tree.sourceMap)]);
  if (hasErrors(diagnostics)) return { diagnostics, positions: tree.sourceMap };
  return { status: toStatus(parsed.data, model), diagnostics, positions: tree.sourceMap };
}

/** An entry's id is found at its key; a field at its value. */
function located(diags: readonly Diagnostic[], sourceMap: SourceMap): Diagnostic[] {
  return diags.map((d) => (d.range || !d.path ? d : { ...d, range: sourceMap.locate(d.path, d.path.length === 2 ? 'key' : 'value') ?? [0, 0] }));
}

/**
 * The status file a spec names (`status: launch.status.yaml`), for the edge to read; undefined
 * when it names none or the text does not parse (the loader then reports why).
 */
export function namedStatusFile(specText: string): string | undefined {
  if (!/^status\s*:/m.test(specText) || guardText(specText)) return undefined;
  const tree = readYaml(specText);
  return isRecord(tree.value) && typeof tree.value.status === 'string' ? tree.value.status : undefined;
}
