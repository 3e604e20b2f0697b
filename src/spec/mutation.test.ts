/**
 * Property: whatever happens to a spec's text (lines deleted, duplicated or swapped, bytes
 * inserted, the file cut short), loadSpec never throws. It returns diagnostics, each with a
 * catalog code and a range inside the text, and a model exactly when there is no error.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDiagCode } from '../diag/catalog.js';
import { hasErrors } from '../diag/index.js';
import { loadSpec } from './load.js';

const examples = ['launch', 'incident', 'sprint'].map((n) => readFileSync(new URL(`../../examples/${n}.yaml`, import.meta.url), 'utf8'));

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'insert'; at: number; bytes: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'indent'; at: number; by: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.string({ unit: 'binary', maxLength: 8 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.constantFrom(':', '- ', '[', '{', '&a ', '*a', '"', '\t', '#', '---\n', 'after: [', '0%', '-1d') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);

function apply(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % Math.max(1, lines.length);
  switch (m.kind) {
    case 'delete':
      return lines.filter((_, j) => j !== i).join('\n');
    case 'duplicate':
      return [...lines.slice(0, i + 1), lines[i], ...lines.slice(i + 1)].join('\n');
    case 'swap': {
      const j = m.with % lines.length;
      const copy = [...lines];
      [copy[i], copy[j]] = [copy[j], copy[i]];
      return copy.join('\n');
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.bytes + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'indent':
      return lines.map((l, j) => (j !== i ? l : m.by >= 0 ? ' '.repeat(m.by) + l : l.slice(-m.by))).join('\n');
  }
}

describe('loadSpec on mutated examples', () => {
  it('never throws, and reports problems as positioned catalog diagnostics', () => {
    fc.assert(
      fc.property(fc.nat({ max: examples.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
        const text = mutations.reduce(apply, examples[which]);
        const result = loadSpec(text);
        expect(Array.isArray(result.diagnostics)).toBe(true);
        for (const d of result.diagnostics) {
          expect(isDiagCode(d.code), d.code).toBe(true);
          expect(d.range, d.code).toBeDefined();
          expect(d.range![0]).toBeGreaterThanOrEqual(0);
          expect(d.range![1]).toBeLessThanOrEqual(Math.max(text.length, 1));
        }
        expect(result.model !== undefined).toBe(!hasErrors(result.diagnostics));
      }),
      { numRuns: 300 },
    );
  });
});

describe('loadSpec on random structures built from spec field names', () => {
  const key = fc.constantFrom(
    'plan', 'start', 'deadline', 'date', 'confidence', 'calendar', 'unit', 'hours', 'workweek', 'freezes', 'from', 'to', 'blocks',
    'team', 'capacity', 'availability', 'commitments', 'load', 'tasks', 'id', 'duration', 'effort', 'estimate', 'skills', 'assignee',
    'demands', 'units', 'after', 'task', 'type', 'lag', 'priority', 'gates', 'trigger', 'risks', 'delay', 'rollout', 'stages',
    'percent', 'metrics', 'post', 'cadence', 'standup', '__proto__', 'constructor',
  );
  const leaf = fc.oneof(fc.jsonValue({ maxDepth: 0 }), fc.constantFrom('2024-10-15', '3d', '50%', 'FS', 'must', '24/7', 'a', 'b'));
  const { node } = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
  }));

  it('never throws, whatever the shape', () => {
    fc.assert(
      fc.property(fc.dictionary(key, node, { maxKeys: 8 }), (data) => {
        const text = JSON.stringify(data);
        const result = loadSpec(text);
        for (const d of result.diagnostics) expect(isDiagCode(d.code), d.code).toBe(true);
        expect(result.model !== undefined).toBe(!hasErrors(result.diagnostics));
      }),
      { numRuns: 500 },
    );
  });
});
