/**
 * Expected diagnostics written inside a fixture, TaskJuggler style. A comment on the line where
 * a diagnostic must be reported:
 *
 *   after: [ot-spik]   # MARK: error E_UNKNOWN_REF
 *
 * Several on one line are separated by `;`: `# MARK: warning W_RISK_NO_OWNER; warning W_X`.
 */

export interface Mark {
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly code: string;
}

const MARK = /#\s*MARK:\s*(.+)$/;
const ITEM = /^(error|warning)\s+([EW]_[A-Z0-9_]+)$/;

export function readMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = MARK.exec(raw);
    if (!m) return;
    for (const part of m[1].split(';')) {
      const item = ITEM.exec(part.trim());
      if (!item) throw new Error(`line ${i + 1}: malformed MARK "${part.trim()}"`);
      marks.push({ line: i + 1, severity: item[1] as Mark['severity'], code: item[2] });
    }
  });
  return marks;
}

/** `12 error E_UNKNOWN_REF`, sortable and readable in a failing assertion. */
export function markKey(m: Mark): string {
  return `${String(m.line).padStart(5)} ${m.severity} ${m.code}`;
}
