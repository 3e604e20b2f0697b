/**
 * The numbers of one document's sections: the registry's sections that apply to the plan,
 * numbered from 1 in registry order. Cross-references go through here so that a section left
 * out of a plan never leaves a wrong number behind.
 */
import type { PlanAnalysis } from '../../analyse/index.js';
import type { NumberedSection, Outline, Section, SectionId } from './context.js';

export type { NumberedSection, Outline, Section, SectionId } from './context.js';
export function outlineOf(registry: readonly Section[], a: PlanAnalysis): Outline {
  const sections = registry.filter((s) => s.applies?.(a) ?? true).map((section, i) => ({ section, number: i + 1 }));
  const numberOf = (id: SectionId) => sections.find((s) => s.section.id === id)?.number;
  const titleOf = (id: SectionId) => {
    const s = registry.find((x) => x.id === id);
    if (!s) throw new Error(`no Markdown section "${id}"`);
    return s.title;
  };
  const absent = (id: SectionId) => `the ${titleOf(id)} section`;
  return {
    sections,
    ref: (id) => {
      const n = numberOf(id);
      return n === undefined ? absent(id) : `section ${n}`;
    },
    refs: (...ids) => {
      const numbers = ids.map(numberOf);
      if (numbers.every((n) => n !== undefined)) return `${numbers.length === 1 ? 'section' : 'sections'} ${andList(numbers.map(String))}`;
      return andList(ids.map((id, i) => (numbers[i] === undefined ? absent(id) : `section ${numbers[i]}`)));
    },
  };
}

/** "a", "a and b", "a, b and c". */
function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
