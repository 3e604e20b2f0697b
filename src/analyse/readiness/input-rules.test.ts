import { describe, expect, it } from 'vitest';
import { analysePlan } from '../analysis.js';
import { buildPlan, type PlanInput } from '../test-utils/build-plan.js';
import { checkInCadence, constraintsDocumented, externalDependenciesTracked, goalsWithSuccessCriteria, risksWithMitigations, rollbackPlan, scopeFlexibility } from './input-rules.js';

const base: PlanInput = { resources: [{ id: 'p', name: 'Pat' }], activities: [{ id: 'a', title: 'Build', assignee: 'p', at: [0, 5] }] };
const analyse = (over: Partial<PlanInput> = {}) => analysePlan(buildPlan({ ...base, ...over }));
const goal = (id: string, success: string[], fixed = true) => ({ id, title: id.toUpperCase(), fixed, success, path: [] });

describe('goalsWithSuccessCriteria', () => {
  it('fails without goals', () => expect(goalsWithSuccessCriteria(analyse())).toMatchObject({ id: 'goals-defined', pass: false }));
  it('names the goals without success criteria', () => {
    const r = goalsWithSuccessCriteria(analyse({ goals: [goal('a', ['x']), goal('b', [])] }));
    expect(r).toMatchObject({ pass: false, reason: 'No success criteria for B.' });
  });
  it('passes and counts fixed and negotiable goals', () => {
    const r = goalsWithSuccessCriteria(analyse({ goals: [goal('a', ['x']), goal('b', ['y'], false)] }));
    expect(r).toMatchObject({ pass: true, reason: '2 goals, each with success criteria (1 fixed, 1 negotiable).' });
  });
});

describe('constraintsDocumented', () => {
  it('lists what is missing', () => {
    expect(constraintsDocumented(analyse())).toMatchObject({ pass: false, reason: 'Missing a deadline and a budget or quality bars.' });
  });
  it('passes with a deadline, a team and a budget', () => {
    const r = constraintsDocumented(analyse({ deadline: { date: '2024-12-15', hard: true, confidence: 0.9 }, constraints: { budget: { amount: 5000, currency: 'USD' }, quality: [], notes: [] } }));
    expect(r).toMatchObject({ pass: true, reason: 'Deadline 2024-12-15 (hard), 1 person, budget 5000 USD.' });
  });
});

describe('risksWithMitigations', () => {
  const risk = { id: 'r', title: 'Outage', impact: 'high' as const, likelihood: 'low' as const, status: 'open' as const, affects: [], path: [] };
  it('fails without risks', () => expect(risksWithMitigations(analyse()).pass).toBe(false));
  it('names a risk without a mitigation', () => {
    expect(risksWithMitigations(analyse({ risks: [{ ...risk, owner: 'p' }] }))).toMatchObject({ pass: false, reason: 'Outage (no mitigation).' });
  });
  it('ignores closed risks and passes when the open ones are covered', () => {
    const r = risksWithMitigations(analyse({ risks: [{ ...risk, owner: 'p', mitigation: 'Failover' }, { ...risk, id: 'old', status: 'closed' }] }));
    expect(r).toMatchObject({ pass: true, reason: '1 open risk, each with an owner and a mitigation.' });
  });
});

describe('scopeFlexibility', () => {
  it('fails when everything is a must-have', () => expect(scopeFlexibility(analyse()).pass).toBe(false));
  it('passes with a should-have to cut', () => {
    const r = scopeFlexibility(analyse({ activities: [...base.activities, { id: 'b', assignee: 'p', priority: 'should', at: [5, 6] }] }));
    expect(r).toMatchObject({ pass: true, reason: "1 must, 1 should, 0 could, 0 won't; 1 item in the cut order." });
  });
});

describe('externalDependenciesTracked', () => {
  it('passes when there are none', () => expect(externalDependenciesTracked(analyse()).pass).toBe(true));
  it('fails for an external item without an owner', () => {
    const r = externalDependenciesTracked(analyse({ activities: [...base.activities, { id: 'x', title: 'Review', type: 'external', at: [5, 15] }] }));
    expect(r).toMatchObject({ pass: false, reason: 'No owner for Review.' });
  });
  it('passes for an owned, scheduled external item', () => {
    const r = externalDependenciesTracked(analyse({ activities: [...base.activities, { id: 'x', title: 'Review', type: 'external', owner: 'Security', at: [5, 15] }] }));
    expect(r).toMatchObject({ pass: true, reason: 'Review (Security) scheduled with their turnaround.' });
  });
});

describe('checkInCadence', () => {
  it('fails without a cadence', () => expect(checkInCadence(analyse()).pass).toBe(false));
  it('describes the standups and the weekly check-in', () => {
    const r = checkInCadence(analyse({ cadence: { standup: { days: [1, 2, 3, 4, 5], time: '09:30' }, checkin: { day: 5 } } }));
    expect(r).toMatchObject({ pass: true, reason: 'standups on 5 days a week at 09:30 and a weekly check-in on Friday.' });
  });
});

describe('rollbackPlan', () => {
  it('fails without rollback steps', () => expect(rollbackPlan(analyse({ rollout: { stages: [], rollback: [] } })).pass).toBe(false));
  it('passes with one', () => expect(rollbackPlan(analyse({ rollout: { stages: [], rollback: ['Feature flag'] } }))).toMatchObject({ pass: true, reason: '1 rollback step, starting with: Feature flag.' }));
});
