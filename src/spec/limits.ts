/** Limits that keep the loader safe on hostile input. Each has a diagnostic code of its own. */

/** Above this many characters the text is refused before parsing (E_TOO_LARGE). */
export const MAX_SPEC_CHARS = 10 * 1024 * 1024;
/** Deepest nesting of lists and mappings accepted (E_TOO_DEEP); a real spec needs about 6. */
export const MAX_DEPTH = 64;
/** Alias expansions allowed in one document (E_YAML_ALIAS_LIMIT). */
export const MAX_ALIAS_EXPANSIONS = 100;
/** Nodes copied by alias expansion in one document (E_YAML_ALIAS_LIMIT). */
export const MAX_ALIAS_NODES = 10_000;
