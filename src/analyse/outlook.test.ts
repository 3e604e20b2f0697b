import { describe, expect, it } from 'vitest';
import { planModel } from '../api/index.js';
import { loadSpec } from '../spec/index.js';
import { analyseOutlook } from './outlook.js';
import { analyseBuffer } from '../plan/index.js';
import type { PlanResult } from './result.js';

/** One person, one 6-day task from Mon 2024-10-14: it ends on Mon 2024-10-21. */
function planned(deadline: string, extra = ''): PlanResult {
  const loaded = loadSpec(`plan: p
start: 2024-10-14
deadline: { date: ${deadline}${extra} }
team: [{ id: a }]
tasks: [{ id: t, assignee: a, duration: 6d }]
`);
  if (!loaded.model) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  return planModel(loaded.model, { iterations: 0 }).result!;
}

const outlookOf = (r: PlanResult) => analyseOutlook(r, analyseBuffer(r));

describe('the outlook', () => {
  it('measures a plan against its deliver_by, and counts the margin to the deadline apart', () => {
    // Finish Mon 10-21; deliver by Fri 10-18 (2 working days too early for it); deadline Fri 10-25.
    const o = outlookOf(planned('2024-10-25', ', deliver_by: 2024-10-18'));
    expect(o.verdict).toEqual({ status: 'late', reason: 'finish-after-delivery' });
    expect(o.delivery).toMatchObject({ date: '2024-10-18', reason: 'deliver-by', slotsBeforeDeadline: 5 });
    expect(o.margins).toMatchObject({ toDelivery: -1, toDeadline: 4 });
    expect(o.onTime).toBe(false);
  });

  it('is on track with a buffer of at least a tenth and no forecast', () => {
    // Finish Mon 10-21, deadline Fri 11-01: Tue 10-22 to Fri 11-01 is 9 open days of 15.
    const o = outlookOf(planned('2024-11-01'));
    expect(o.verdict).toEqual({ status: 'on-track', reason: 'buffer-holds' });
    expect(o.delivery).toMatchObject({ date: '2024-11-01', reason: 'deadline', slotsBeforeDeadline: 0 });
    expect(o.margins).toMatchObject({ toDelivery: 9, toDeadline: 9 });
    expect(o.forecastFinish).toEqual({ offset: 6, date: '2024-10-21', basis: 'plan' });
  });

  it('is at risk with a buffer under a tenth', () => {
    // Deadline Mon 10-21, the finish day itself: no buffer at all, yet not late.
    expect(outlookOf(planned('2024-10-21')).verdict).toEqual({ status: 'at-risk', reason: 'thin-buffer' });
  });

  it('takes the finish at the target confidence, and P(on time) by the delivery date, from the forecast', () => {
    const r = planned('2024-10-25', ', deliver_by: 2024-10-18, confidence: 0.9');
    const forecast = {
      targetConfidence: 0.9,
      iterations: 100,
      onTimeProbability: 0.2,
      percentiles: [{ p: 0.5, offset: 6, date: '2024-10-21' }, { p: 0.9, offset: 8, date: '2024-10-23' }],
    };
    const o = outlookOf({ ...r, forecast: forecast as unknown as NonNullable<PlanResult['forecast']> });
    expect(o.forecastFinish).toEqual({ offset: 8, date: '2024-10-23', basis: 'forecast', p: 0.9, iterations: 100 });
    expect(o.pOnTime).toEqual({ probability: 0.2, by: '2024-10-18', target: 0.9 });
    // Late on likely estimates outranks the forecast.
    expect(o.verdict.status).toBe('late');
  });

  it('says no deadline when there is none', () => {
    const loaded = loadSpec('plan: p\nstart: 2024-10-14\nteam: [{ id: a }]\ntasks: [{ id: t, assignee: a, duration: 2d }]\n');
    const o = outlookOf(planModel(loaded.model!, { iterations: 0 }).result!);
    expect(o.verdict).toEqual({ status: 'no-deadline', reason: 'no-deadline' });
    expect(o.margins).toBeUndefined();
  });
});
