/** The entry point of src/schedule: what other folders import from it. */
export { checkSchedule } from './check.js';
export { compileMemo, compileModel, type CompileMemo, type Compiled, EPSILON, listNetwork, POINT, withFixedAssignment, type Problem } from './compile.js';
export { cpmArrays, FF, FS, linkSlack, SF, SS, type CpmNetwork } from './cpm.js';
export { listByKeys } from './lists.js';
export { packedWork } from './packing.js';
export { reservedBaseline } from './stages.js';
export { createRandom, SeededRandom } from './random.js';
export { generalSchedule, scheduleModel, scheduleProblem } from './schedule.js';
export { GeneralDecoder } from './sgs.js';
export { analyseTiming } from './timing.js';
export type { ActivityTiming, Schedule, ScheduledActivity, ScheduledCrew, ScheduledOccurrence, ScheduleTiming, Violation } from './types.js';
export { crewParts } from './types.js';
export { lagSlots } from './cpm.js';
export { DriverEngine } from './drivers.js';
export type { ChainStep, CriticalChain, Driver } from './types.js';
export { isFinished, progressOf, remainingOf, slotAfter, trackedModel } from './progress.js';
export { pinProblem, replanModel } from './replan.js';
export type { PinnedActivity, Progress } from './types.js';
