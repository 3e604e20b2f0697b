/**
 * iCalendar content lines (RFC 5545 §3.1, §3.3.11), written by hand: the rules are short, and
 * generators read the clock for DTSTAMP, which would break byte-identical output.
 */

/** TEXT as RFC 5545 escapes it: backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const MAX_OCTETS = 75;

function octets(char: string): number {
  const code = char.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * A content line folded at 75 octets: each continuation starts with one space (which counts),
 * and no UTF-8 character is cut in two.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char);
    if (size + n > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** `2024-10-15` → `20241015`; `2024-10-15T09:30` → `20241015T093000` (local wall-clock, no zone). */
export function icsDateValue(date: string): string {
  const day = date.slice(0, 10).replace(/-/g, '');
  return date.length > 10 ? `${day}T${date.slice(11, 13)}${date.slice(14, 16)}00` : day;
}
