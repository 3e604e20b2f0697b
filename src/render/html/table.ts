/** Tables of the report: a sortable table is a header of buttons that the inline script wires up. */
import { esc } from './escape.js';

export interface Column {
  readonly label: string;
  /** Right-aligned (numbers). */
  readonly numeric?: boolean;
}

/** A cell's HTML (already escaped) and, when the shown text does not sort right, a sort key. */
export interface Cell {
  readonly html: string;
  readonly sort?: string | number;
  readonly cls?: string;
}

export function cell(html: string, sort?: string | number, cls?: string): Cell {
  return { html, sort, cls };
}

export function sortableTable(id: string, caption: string, columns: readonly Column[], rows: readonly (readonly Cell[])[], rowAttrs: (i: number) => string = () => ''): string {
  const head = columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}><button type="button">${esc(c.label)}</button></th>`).join('');
  const body = rows
    .map((row, i) => {
      const cells = row.map((c, j) => {
        const numeric = columns[j]?.numeric ? 'num' : '';
        const cls = numeric && c.cls ? `${numeric} ${c.cls}` : numeric || c.cls || '';
        return `<td${cls ? ` class="${cls}"` : ''}${c.sort === undefined ? '' : ` data-sort="${esc(c.sort)}"`}>${c.html}</td>`;
      });
      return `<tr${rowAttrs(i)}>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<div class="scroll"><table class="sortable" id="${id}"><caption>${esc(caption)} <span class="hint">(select a column heading to sort)</span></caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}
