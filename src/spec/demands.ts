/**
 * How a task's skills, assignee and demands read as resource demands. The skill check and the
 * model both read them here, so what is checked is what gets scheduled.
 */
import type { TaskSpec } from './schema.js';
import type { Path } from './source-map.js';

export interface DemandView {
  readonly resource?: string;
  readonly skills: readonly string[];
  readonly units: number;
  /** Where the skills (or the demand) are written, for skill diagnostics. */
  readonly path: Path;
  /** Where the unit count is written, for capacity diagnostics. */
  readonly unitsPath: Path;
}

/** Explicit demands win; otherwise each assignee works with the task's skills, or anyone with them does. */
export function demandsOf(t: TaskSpec, path: Path): DemandView[] {
  if (t.demands) {
    return t.demands.map((d, j) => {
      const at = [...path, 'demands', j];
      return { resource: d.resource, skills: d.skills ?? [], units: d.units, path: d.skills ? [...at, 'skills'] : at, unitsPath: [...at, 'units'] };
    });
  }
  const assignees = t.assignee === undefined ? [] : typeof t.assignee === 'string' ? [t.assignee] : t.assignee;
  const skills = t.skills ?? [];
  const at = t.skills ? [...path, 'skills'] : [...path, 'assignee'];
  if (assignees.length > 0) return assignees.map((resource) => ({ resource, skills, units: 1, path: at, unitsPath: at }));
  return t.skills ? [{ skills, units: 1, path: at, unitsPath: at }] : [];
}
