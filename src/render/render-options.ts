/** Choices that shape an output beyond the analysis; formats ignore those that are not theirs. */
export interface RenderOptions {
  /** iCalendar: add one event per person per task. */
  readonly icsPeople?: boolean;
}
