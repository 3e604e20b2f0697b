/**
 * Loaded with `node --import` ahead of the command the pipeline suite times: when the process
 * ends, it writes its peak resident memory (maxRSS, KB) and the CPU time of all its threads
 * (user + system, ms) to the file EXECPLAN_BENCH_PEAK names, so the suite measures the command
 * exactly as a user runs it, without a wrapper process. CPU time says more than wall time on a
 * machine shared with other work.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.EXECPLAN_BENCH_PEAK;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
  });
}
