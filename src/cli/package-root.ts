/**
 * The installed package's root. This file sits one level below src/ (or dist/), and the bundled
 * command keeps every chunk in dist/cli, so the same relative path holds for the sources, the
 * compiled files and the bundle.
 */
export const packageRoot: URL = new URL('../../', import.meta.url);
