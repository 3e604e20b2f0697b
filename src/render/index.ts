/** The entry point of src/render: what other folders import from it. */
export { FORMAT_NAMES, findFormat, outputFormats, type FormatName, type OutputFormat } from './formats.js';
export { renderHtml } from './html/render.js';
export { planDocument, renderJson } from './json/render.js';
export { renderMarkdown } from './md/render.js';
export { countText } from './common/format.js';
export { waitedForText } from './common/driver-text.js';
