/** One item of the readiness checklist, evaluated on a plan. */
export interface LintResult {
  /** Stable id (`buffer`, `rollback-plan`); the title is the seed's checklist wording. */
  readonly id: string;
  readonly title: string;
  readonly pass: boolean;
  /** Why, in a sentence a manager can act on. Plain text: renderers escape it. */
  readonly reason: string;
}

export function result(id: string, title: string, pass: boolean, reason: string): LintResult {
  return { id, title, pass, reason };
}

/** "a, b and c" for short lists; longer ones end with "and N more". */
export function listText(items: readonly string[], max = 4): string {
  if (items.length <= 1) return items.join('');
  const shown = items.length > max ? [...items.slice(0, max), `${items.length - max} more`] : [...items];
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
