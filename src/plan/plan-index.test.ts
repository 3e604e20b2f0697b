import { describe, expect, it } from 'vitest';
import { downstreamOf, indexPlan, nameOf, upstreamOf, workOf } from './plan-index.js';
import { buildPlan } from '../analyse/test-utils/build-plan.js';

const result = buildPlan({
  resources: [{ id: 'p', name: 'Pat' }],
  activities: [
    { id: 'a', assignee: 'p', at: [0, 2] },
    { id: 'b', assignee: 'p', at: [2, 4], after: ['a'] },
    { id: 'c', assignee: 'p', effort: 1.5, at: [4, 6], after: ['b'] },
    { id: 'side', assignee: 'p', at: [6, 7] },
  ],
  criticalPath: ['a', 'b'],
});
const index = indexPlan(result);

describe('indexPlan', () => {
  it('follows dependencies both ways', () => {
    expect([...downstreamOf('a', index)].sort()).toEqual(['b', 'c']);
    expect([...upstreamOf('c', index)].sort()).toEqual(['a', 'b']);
    expect(downstreamOf('side', index).size).toBe(0);
  });

  it('counts work as units x worked slots, or the effort', () => {
    expect(workOf(index.scheduled.get('b')!, index.activity.get('b'))).toBe(2);
    expect(workOf(index.scheduled.get('c')!, index.activity.get('c'))).toBe(1.5);
  });

  it('names people, and passes other owners through', () => {
    expect(nameOf('p', index)).toBe('Pat');
    expect(nameOf('Security team', index)).toBe('Security team');
  });

  it('treats the reported path and every zero-float activity as critical', () => {
    expect([...index.critical].sort()).toEqual(['a', 'b']);
  });
});
