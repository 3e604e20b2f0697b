/**
 * Test helper: where the text of a rendered chart lies, from its x, y and anchor and an
 * estimate of its width, so tests can tell whether labels collide or leave the SVG. The
 * estimate is the tests' own (a common sans-serif's average glyph, a little wider than DejaVu
 * Sans's), so a test does not take the layout's word for how wide its labels are.
 */
import { all, type DomElement } from './dom.js';

const GLYPH_EM = 0.6;
const BOLD_GLYPH_EM = 0.66;

export interface TextBox {
  readonly text: string;
  readonly cls: string;
  /** The baseline. */
  readonly y: number;
  readonly left: number;
  readonly right: number;
  /** Glyphs reach about a font size above the baseline and a quarter of it below. */
  readonly top: number;
  readonly bottom: number;
}

/** Font size and weight of each kind of chart text (style.ts). */
function fontOf(cls: string): { px: number; bold: boolean } {
  if (cls.includes('marker-label')) return { px: 10.5, bold: true };
  if (cls.includes('freeze-name')) return { px: 10, bold: false };
  return { px: 11, bold: false };
}

/** The anchor an SVG text is drawn with: its attribute, else what style.ts gives its class. */
function anchorOf(e: DomElement, cls: string): string {
  const own = e.getAttribute('text-anchor');
  if (own) return own;
  if (/\btick\b/.test(cls)) return /\by\b/.test(cls) ? 'end' : 'middle';
  return /\bend\b/.test(cls) ? 'end' : 'start';
}

export function textBoxes(root: DomElement, selector: string): TextBox[] {
  return all(root, selector).map((e) => {
    const text = e.textContent ?? '';
    const cls = e.getAttribute('class') ?? '';
    const { px, bold } = fontOf(cls);
    const width = text.length * px * (bold ? BOLD_GLYPH_EM : GLYPH_EM);
    const x = Number(e.getAttribute('x'));
    const y = Number(e.getAttribute('y'));
    const anchor = anchorOf(e, cls);
    const left = anchor === 'middle' ? x - width / 2 : anchor === 'end' ? x - width : x;
    return { text, cls, y, left, right: left + width, top: y - px, bottom: y + px / 4 };
  });
}

/** Boxes grouped by baseline (a line of labels), each line from left to right. */
export function linesOf(boxes: readonly TextBox[]): TextBox[][] {
  const lines = new Map<number, TextBox[]>();
  for (const b of boxes) lines.set(b.y, [...(lines.get(b.y) ?? []), b]);
  return [...lines.values()].map((line) => line.sort((a, b) => a.left - b.left));
}

/** Whether two boxes share any area. */
export function overlap(a: TextBox, b: TextBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
