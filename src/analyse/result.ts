/** The scheduled plan with its Monte Carlo forecast: what the analysis reads. */
import type { Forecast } from '../forecast/index.js';
import type { Baseline } from '../model/index.js';
import type { ScheduledPlan } from '../plan/index.js';

export interface PlanResult extends ScheduledPlan {
  /** Absent when the forecast was not run (iterations 0). */
  readonly forecast?: Forecast;
  /** The earlier plan to report the slip against (`--baseline`). */
  readonly baseline?: Baseline;
}
