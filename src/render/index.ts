/** The entry point of src/render: what other folders import from it. */
export { FORMAT_NAMES, findFormat, outputFormats, type CompanionFile, type FormatName, type OutputFormat, type RenderOptions } from './formats.js';
export { renderHtml } from './html/render.js';
export { planDocument, renderJson } from './json/render.js';
export { planDocumentSchema, planJsonSchema, type PlanDocument } from './json/schema.js';
export { renderMarkdown } from './md/render.js';
export { countText } from './common/format.js';
export { waitedForText } from './common/driver-text.js';
