/** A period's load as the Markdown and HTML load tables show it; each format has its own marker. */
import type { PeriodLoad } from '../../analyse/allocation.js';
import { percentText } from './format.js';

/** "75%", "<marker> 120%" when over-allocated, or why there is no share ("freeze", "off"). */
export function loadText(load: PeriodLoad, overMarker: string): string {
  if (load.percent === undefined) return load.plan > 0 ? `${overMarker} work in time off` : load.frozen ? 'freeze' : 'off';
  return `${load.overAllocated ? `${overMarker} ` : ''}${percentText(load.percent)}`;
}
