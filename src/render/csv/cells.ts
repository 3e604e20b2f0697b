/**
 * CSV cells per RFC 4180, written by hand: quoting is a few lines and a library would add a
 * dependency to every install for them.
 */

/** Characters that make a spreadsheet run a cell as a formula (or split it) when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet must show it: text a spreadsheet would run as a formula gets a
 * leading apostrophe (OWASP's advice; the spreadsheet shows the text, not a result), and a
 * cell with a comma, quote or line break is quoted with its quotes doubled.
 */
export function textCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number as it reads, two decimals at most. */
export function numberCell(value: number): string {
  return String(Math.round(value * 100) / 100);
}

export type Cell = string | number | boolean | null;

function cell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return numberCell(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return textCell(value);
}

/** Rows as CSV text: CRLF line ends as RFC 4180 has them, a header row first. */
export function csvTable(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
