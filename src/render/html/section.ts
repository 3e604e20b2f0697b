/** The sections of the HTML report as its navigation, headings and cross-references name them. */
import { esc } from './escape.js';

export type HtmlSectionId = 'summary' | 'status' | 'schedule' | 'load' | 'confidence' | 'risks' | 'tasks' | 'slip';

export interface SectionHead {
  readonly id: HtmlSectionId;
  readonly title: string;
}

/** The opening tag of a section and its heading; `attributes` (already escaped) go on the section. */
export function sectionStart(head: SectionHead, attributes = ''): string {
  return `<section id="${head.id}" aria-labelledby="${head.id}-h"${attributes}><h2 id="${head.id}-h">${esc(head.title)}</h2>`;
}

/** "the Confidence and scope section", its title a link to it. */
export function sectionLink(head: SectionHead): string {
  return `the <a href="#${head.id}">${esc(head.title)}</a> section`;
}
