import { describe, expect, it } from 'vitest';
import { loadSpec } from '../spec/index.js';
import { generateProject } from './generate.js';
import { growth } from './pipeline-suite.js';
import { specText } from './spec-text.js';

describe('specText', () => {
  const model = generateProject({ tasks: 60, seed: 2 });
  const loaded = loadSpec(specText(model));

  it('writes a spec the loader reads back without an error', () => {
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.model?.activities).toHaveLength(60);
    expect(loaded.model?.resources.map((r) => r.id)).toEqual(model.resources.map((r) => r.id));
  });

  it('keeps every task\'s work, estimate, links, demand, priority and phase', () => {
    const strip = (m: typeof model) => m.activities.map((a) => ({ id: a.id, work: a.work, estimate: a.estimate, deps: a.deps, demands: a.demands, priority: a.priority, uncertainty: a.uncertainty, phase: a.phase }));
    expect(strip(loaded.model!)).toEqual(strip(model));
  });

  it('keeps availability, skills and time off of every person', () => {
    const strip = (m: typeof model) => m.resources.map((r) => ({ skills: r.skills, availability: r.availability, timeOff: r.timeOff }));
    expect(strip(loaded.model!)).toEqual(strip(model));
  });
});

describe('growth', () => {
  it('is 1 for time that grows as the size, 2 for its square, and nothing below 5 ms', () => {
    expect(growth(10, 100, 1_000, 10_000)).toBe('1.00');
    expect(growth(10, 1_000, 1_000, 10_000)).toBe('2.00');
    expect(growth(4, 100, 1_000, 10_000)).toBe('-');
  });
});
