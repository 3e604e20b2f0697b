/** Command-line options of `npm run bench`, parsed without touching process.argv (main passes it). */

export type SuiteName = 'psplib' | 'cpm' | 'constrained' | 'tj3' | 'html' | 'montecarlo' | 'calibration' | 'pipeline';
export const SUITES: readonly SuiteName[] = ['psplib', 'cpm', 'constrained', 'tj3', 'html', 'montecarlo', 'calibration', 'pipeline'];

export interface BenchOptions {
  readonly suites: readonly SuiteName[];
  readonly quick: boolean;
  /** Timed repetitions for CPM and constrained scheduling; the median is reported. */
  readonly runs: number;
  /** PSPLIB sets, e.g. ['j30', 'j120']. */
  readonly sets: readonly string[];
  /** PSPLIB schedule budgets, e.g. [1000, 5000]. */
  readonly budgets: readonly number[];
  /** PSPLIB sample: every Nth instance of each set in (parameter, instance) order; 1 = all. */
  readonly every: number;
  /** Schedules per generated project in the constrained suite. */
  readonly constrainedSchedules: number;
  /** Worker threads for PSPLIB instances. */
  readonly workers: number;
  readonly seed: number;
  /** Where results go; default bench/results/latest.json. */
  readonly out: string;
  /** tj3 time limit per project, in seconds. */
  readonly tj3Timeout: number;
  /** The PSPLIB data folder; default ../shared/psplib (shared/ sits beside the repository). */
  readonly psplibDir: string;
  /** Generated spec sizes (tasks) of the pipeline suite; absent: the suite's defaults. */
  readonly pipelineSizes?: readonly number[];
  /** Generated project sizes (tasks) of the tj3 suite; absent: the constrained suite's sizes. */
  readonly tj3Sizes?: readonly number[];
}

export const USAGE = `npm run bench -- [options]
  --suite psplib|cpm|constrained|tj3|html|montecarlo|calibration|pipeline|all   suites to run (comma list; default all)
  --quick                 small subsets for a smoke run
  --runs N                timed runs per case for cpm/constrained (median) and pipeline (least) (default 3; quick 1)
  --pipeline-sizes N,...  spec sizes of the pipeline suite (default 100,1000,5000,20000,100000; quick 100,1000)
  --sets j30,j120         PSPLIB sets (default j30,j60,j90,j120)
  --budgets 1000,5000     PSPLIB schedule budgets (default 1000,5000)
  --every N               PSPLIB sample: every Nth instance of each set (default 1: all)
  --constrained-schedules N  schedules per generated project (default 1)
  --workers N             worker threads for PSPLIB and Monte Carlo (default: the number of cores)
  --seed N                seed for every generator and search (default 1)
  --out FILE              results JSON (default bench/results/latest.json)
  --tj3-timeout S         tj3 time limit per project in seconds (default 300)
  --tj3-sizes N,...       generated project sizes of the tj3 suite (default 1000,5000,20000; quick 200,1000)
  --psplib DIR            PSPLIB data folder (default ../shared/psplib)`;

export function parseBenchArgs(argv: readonly string[], cores: number): BenchOptions | { error: string } {
  const values = new Map<string, string>();
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') {
      quick = true;
      continue;
    }
    const [flag, inline] = arg.split('=', 2);
    const known = ['--suite', '--runs', '--sets', '--budgets', '--every', '--constrained-schedules', '--workers', '--seed', '--out', '--tj3-timeout', '--psplib', '--pipeline-sizes', '--tj3-sizes'];
    if (!known.includes(flag)) return { error: `unknown option '${arg}'` };
    const value = inline ?? argv[++i];
    if (value === undefined) return { error: `${flag} needs a value` };
    values.set(flag, value);
  }
  const suiteText = values.get('--suite') ?? 'all';
  const suites = suiteText === 'all' ? SUITES : (suiteText.split(',') as SuiteName[]);
  const unknownSuite = suites.find((s) => !SUITES.includes(s));
  if (unknownSuite) return { error: `unknown suite '${unknownSuite}' (psplib, cpm, constrained, tj3, html, montecarlo, pipeline, all)` };
  const sets = (values.get('--sets') ?? 'j30,j60,j90,j120').split(',');
  const unknownSet = sets.find((s) => !['j30', 'j60', 'j90', 'j120'].includes(s));
  if (unknownSet) return { error: `unknown PSPLIB set '${unknownSet}' (j30, j60, j90, j120)` };
  const numbers = (flag: string, fallback: string): number[] | undefined => {
    const list = (values.get(flag) ?? fallback).split(',').map(Number);
    return list.every((n) => Number.isInteger(n) && n >= 1) ? list : undefined;
  };
  const budgets = numbers('--budgets', '1000,5000');
  const [runs] = numbers('--runs', quick ? '1' : '3') ?? [];
  const [every] = numbers('--every', '1') ?? [];
  const [constrainedSchedules] = numbers('--constrained-schedules', '1') ?? [];
  const [workers] = numbers('--workers', String(Math.max(1, cores))) ?? [];
  const [seed] = numbers('--seed', '1') ?? [];
  const [tj3Timeout] = numbers('--tj3-timeout', '300') ?? [];
  const pipelineSizes = values.has('--pipeline-sizes') ? numbers('--pipeline-sizes', '') : undefined;
  const tj3Sizes = values.has('--tj3-sizes') ? numbers('--tj3-sizes', '') : undefined;
  if (!budgets || !runs || !every || !constrainedSchedules || !workers || !seed || !tj3Timeout || (values.has('--pipeline-sizes') && !pipelineSizes) || (values.has('--tj3-sizes') && !tj3Sizes)) {
    return { error: 'numeric options take whole numbers >= 1' };
  }
  return {
    suites,
    quick,
    runs,
    sets,
    budgets,
    every,
    constrainedSchedules,
    workers,
    seed,
    out: values.get('--out') ?? 'bench/results/latest.json',
    tj3Timeout,
    psplibDir: values.get('--psplib') ?? '../shared/psplib',
    ...(pipelineSizes ? { pipelineSizes } : {}),
    ...(tj3Sizes ? { tj3Sizes } : {}),
  };
}
