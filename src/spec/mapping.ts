/**
 * Mappings read from a spec: plain objects without a prototype, so `__proto__` and
 * `constructor` are keys like any other and no prototype is ever touched. Built on `{}` and cut
 * from its prototype once complete: `Object.create(null)` makes a hash-table object, slow to
 * fill and slow for every later stage to read, which on a spec of thousands of tasks cost more
 * than reading the text.
 */

export type Mapping = Record<string, unknown>;

export function newMapping(): Mapping {
  return {};
}

/** Sets a key; `__proto__` becomes an own key instead of reaching the prototype's setter. */
export function setKey(mapping: Mapping, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(mapping, key, { value, enumerable: true, writable: true, configurable: true });
  else mapping[key] = value;
}

export function hasKey(mapping: Mapping, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(mapping, key);
}

/** The finished mapping, without its prototype. */
export function finished(mapping: Mapping): Mapping {
  return Object.setPrototypeOf(mapping, null) as Mapping;
}
