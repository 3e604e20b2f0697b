/**
 * MS Project XML (MSPDI) → a spec: what MS Project, ProjectLibre or GanttProject saved, or what
 * `--format mspdi` wrote, as the YAML a user keeps in git. Everything the file holds that a spec
 * cannot say is a `W_MSPDI_DROPPED` warning at the element's position; XML that is not
 * well-formed, has a DOCTYPE, or is not a project is an error and gives no spec.
 */
import { Document, isScalar, isSeq, visit } from 'yaml';
import { makeDiagnostic, type Diagnostic } from '../diag/index.js';
import { importCalendars } from './calendars.js';
import { importContext, specDate } from './context.js';
import { customFields } from './fields.js';
import { importResources } from './resources.js';
import { importTasks } from './tasks.js';
import { parseXmlTree, textOf } from './xml-tree.js';

export interface MspdiImport {
  /** The spec as data, absent when the file has errors. */
  readonly spec?: Record<string, unknown>;
  /** The spec as YAML text, absent when the file has errors. */
  readonly yaml?: string;
  /** Errors (no spec) and warnings (what was left out), each with the range of its element. */
  readonly diagnostics: readonly Diagnostic[];
}

export function importMspdi(text: string): MspdiImport {
  const tree = parseXmlTree(text);
  if (!tree.root) return { diagnostics: [tree.diagnostic] };
  const project = tree.root;
  if (project.name !== 'Project') {
    return { diagnostics: [makeDiagnostic('E_MSPDI_NOT_PROJECT', `the root element is <${project.name}>, not <Project>: this is not an MS Project XML file`, { range: [project.offset, project.offset + 1] })] };
  }
  const ctx = importContext(project);
  const start = specDate(project, 'StartDate', ctx);
  if (start === undefined) return { diagnostics: [makeDiagnostic('E_MSPDI_NOT_PROJECT', 'the project has no StartDate, so the plan has no start', { range: [project.offset, project.offset + 1] })] };
  const fields = customFields(project);
  const calendars = importCalendars(project, ctx);
  const resources = importResources(project, fields, calendars.byUid, ctx);
  const work = importTasks(project, start, fields, resources, calendars.kindCalendars, ctx);
  const spec: Record<string, unknown> = {
    plan: textOf(project, 'Title') || textOf(project, 'Name') || 'Imported plan',
    start,
    ...(work.deadline !== undefined ? { deadline: work.deadline } : {}),
    ...(Object.keys(calendars.calendar).length > 0 ? { calendar: calendars.calendar } : {}),
    ...(resources.length > 0 ? { team: resources.map((r) => r.member) } : {}),
    ...Object.fromEntries(Object.entries(work.sections).filter(([, list]) => list.length > 0)),
    ...(work.recurring.length > 0 ? { recurring: work.recurring } : {}),
  };
  return { spec, yaml: specYaml(spec), diagnostics: ctx.diagnostics };
}

/** YAML as a person would write it: lists of plain values and small mappings on one line, no wrapping. */
export function specYaml(spec: Record<string, unknown>): string {
  const doc = new Document(spec, { aliasDuplicateObjects: false });
  visit(doc, {
    Seq(_key, seq) {
      if (seq.items.every(isScalar)) seq.flow = true;
    },
    Map(_key, map) {
      if (map.items.length <= 4 && map.items.every((pair) => isScalar(pair.value) || (isSeq(pair.value) && pair.value.items.every(isScalar)))) map.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}
