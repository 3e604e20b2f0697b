/** The slip of the plan against its baseline, computed once for every output (types.ts defines each figure). */
import { activityDates, type PlanIndex } from '../../plan/index.js';
import type { CriticalPathAnalysis } from '../critical-path.js';
import type { Outlook } from '../outlook.js';
import type { PlanResult } from '../result.js';
import { addedWork, reestimatedWork, removedWork, sameAmount } from './changes.js';
import { driftCauses } from './drift.js';
import { baselineMoments, pointOffset, startOffset, variance } from './moments.js';
import { schedulePerformance } from './performance.js';
import type { ItemSlip, SlipAnalysis, SlipProgress } from './types.js';

export function analyseSlip(result: PlanResult, index: PlanIndex, criticalPath: CriticalPathAnalysis, outlook: Outlook, progress?: SlipProgress): SlipAnalysis | undefined {
  const { baseline, calendar } = result;
  if (!baseline) return undefined;
  const inBaseline = new Map(baseline.activities.map((b) => [b.id, b]));
  const items: ItemSlip[] = [];
  for (const s of result.schedule.activities) {
    const b = inBaseline.get(s.id);
    if (!b) continue;
    const was = baselineMoments(calendar, b);
    const dates = activityDates(s, calendar);
    items.push({
      id: s.id,
      type: index.activity.get(s.id)?.type ?? 'task',
      critical: index.critical.has(s.id),
      start: variance(was.start, { date: dates.start, offset: s.start }),
      finish: variance(was.finish, { date: dates.finish, offset: s.finish }),
    });
  }
  const finish = variance({ date: baseline.finish, offset: pointOffset(calendar, baseline.finish, baseline.makespan) }, { date: outlook.plannedFinish.date, offset: outlook.plannedFinish.offset });
  const reestimated = reestimatedWork(baseline, index);
  const moved = new Set(reestimated.filter((r) => !sameAmount(r.before, r.after)).map((r) => r.id));
  const causes = driftCauses({
    chain: criticalPath.chains[0],
    items: new Map(items.map((i) => [i.id, i])),
    reestimated: moved,
    baselineLast: baseline.activities.filter((b) => b.finishOffset === baseline.makespan).map((b) => b.id),
    planStart: -startOffset(calendar, baseline.start),
    drift: finish.slots,
    driverOf: (id) => index.timing.get(id)?.drivenBy,
    ...(progress ? { progress } : {}),
  });
  return {
    baseline: { name: baseline.name, start: baseline.start, finish: baseline.finish, ...(baseline.seed !== undefined ? { seed: baseline.seed } : {}), ...(baseline.schedules !== undefined ? { schedules: baseline.schedules } : {}) },
    finish,
    drift: { slots: finish.slots, days: finish.days, causes },
    items,
    added: addedWork(result, index, new Set(inBaseline.keys())),
    removed: removedWork(baseline, index),
    reestimated,
    spi: schedulePerformance(calendar, baseline, progress),
  };
}
