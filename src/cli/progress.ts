/**
 * A progress bar on stderr for long computations: only on a terminal, only once the work has
 * run for more than a second (short runs print nothing), erased when done.
 */
import type { CliIo } from './io.js';

const SHOW_AFTER_MS = 1000;
const WIDTH = 30;

export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

export function progressBar(io: CliIo, label: string, quiet: boolean): Progress {
  const now = io.now;
  if (!io.isTTY || quiet || !now) return { update: () => undefined, finish: () => undefined };
  const started = now();
  let shown = false;
  let last = -1;
  return {
    update(done, total) {
      if (now() - started < SHOW_AFTER_MS || total <= 0) return;
      const share = Math.min(1, done / total);
      const percent = Math.floor(share * 100);
      if (percent === last) return;
      last = percent;
      shown = true;
      const filled = Math.round(share * WIDTH);
      io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(percent).padStart(3)}%`);
    },
    finish() {
      if (shown) io.stderr('\r\x1b[K');
    },
  };
}
