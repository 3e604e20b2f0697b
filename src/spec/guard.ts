/**
 * Checks on the raw text before any parsing: too large, binary, or empty. Each stops the load,
 * since parsing such input is either pointless or costly.
 */
import { makeDiagnostic, type Diagnostic } from '../diag/index.js';
import { MAX_SPEC_CHARS } from './limits.js';

// C0 controls other than tab, line feed and carriage return, and DEL: never in a text spec.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

export function guardText(text: string): Diagnostic | undefined {
  if (text.length > MAX_SPEC_CHARS) {
    const mib = (text.length / (1024 * 1024)).toFixed(1);
    return makeDiagnostic('E_TOO_LARGE', `the spec has ${mib} MiB of text; the limit is ${MAX_SPEC_CHARS / 2 ** 20} MiB`, { range: [0, 0] });
  }
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    const what = code === '0000' ? 'a NUL byte' : `the control character U+${code}`;
    return makeDiagnostic('E_BINARY', `the file contains ${what}, so it is not a text spec`, {
      range: [control.index, control.index + 1],
      hint: code === '0000' ? 'Save the file as UTF-8 text (a UTF-16 file has NUL bytes), or check that this is the right file.' : undefined,
    });
  }
  if (isBlank(text)) return makeDiagnostic('E_EMPTY', 'the spec is empty', { range: [0, 0] });
  return undefined;
}

/** Only whitespace, comments and document markers. */
function isBlank(text: string): boolean {
  for (const line of text.split('\n')) {
    const t = line.trim().replace(/^\uFEFF/, '');
    if (t === '' || t.startsWith('#') || t === '---' || t === '...') continue;
    return false;
  }
  return true;
}
