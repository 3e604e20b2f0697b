/**
 * Escaping for the HTML report. Every string that comes from the spec (titles, names, ids,
 * mitigations) goes through `esc` before it reaches the page, in text and in attributes alike:
 * the report always quotes attributes with `"`, and `esc` turns `"` and `'` into entities too,
 * so the same helper is safe in both places. Nothing user-written ever goes into the script.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

export function esc(text: string | number): string {
  const s = String(text);
  return SPECIAL.test(s) ? s.replace(/[&<>"']/g, (c) => ENTITIES[c]) : s;
}

/** `name="value"` pairs for an element, values escaped; undefined and false values are left out. */
export function attrs(values: Readonly<Record<string, string | number | boolean | undefined>>): string {
  let out = '';
  for (const k in values) {
    const v = values[k];
    if (v !== undefined && v !== false) out += ` ${k}="${esc(v === true ? 'true' : v)}"`;
  }
  return out;
}
