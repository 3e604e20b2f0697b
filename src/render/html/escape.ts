/**
 * Escaping for the HTML report. Every string that comes from the spec (titles, names, ids,
 * mitigations) goes through `esc` before it reaches the page, in text and in attributes alike:
 * the report always quotes attributes with `"`, and `esc` turns `"` and `'` into entities too,
 * so the same helper is safe in both places. Nothing user-written ever goes into the script.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** `name="value"` pairs for an element, values escaped; undefined and false values are left out. */
export function attrs(values: Readonly<Record<string, string | number | boolean | undefined>>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([k, v]) => ` ${k}="${esc(v === true ? 'true' : (v as string | number))}"`)
    .join('');
}
