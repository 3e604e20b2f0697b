/**
 * The CLI edge, in the golden style: each way the outside world can refuse execplan (a file
 * where a directory should be, no permission, a read-only or special file system, no space, a
 * FIFO, a closed pipe) and each malformed flag, through the real CLI. Every case must end within
 * 10 s with exit 2 (a closed pipe: the command's own code), say what went wrong without a stack
 * trace, and leave the files as they were: a set of outputs is whole or absent.
 *
 * Most cases run the CLI in this process (run() with captureIo). Those that need a real process
 * (a closed or full stdout, another user, another mount namespace, a pool of worker threads) or
 * that would block this one if they regressed (a FIFO, /dev/zero, an endless loop) spawn the
 * built bin, dist/cli/main.js (after `npm run build`), killed at the time limit.
 */
import { execFileSync, spawn, spawnSync, type StdioOptions } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { chmod, copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../src/cli/test-utils/capture-io.js';
import { run } from '../src/cli/run.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist/cli/main.js');
const TIME_LIMIT_MS = 10_000;
/** A small search and forecast: the edge is under test, not the planner. */
const FAST = ['--schedules', '20', '--iterations', '50'];

/** `plan` arguments with the small search and forecast, unless the case sets them itself. */
function fast(argv: readonly string[]): string[] {
  if (argv[0] !== 'plan') return [...argv];
  const extra = [0, 2].filter((i) => !argv.includes(FAST[i])).flatMap((i) => FAST.slice(i, i + 2));
  return [...argv, ...extra];
}
const isRoot = process.getuid?.() === 0;

let dir = '';
beforeAll(async () => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run npm run build first`);
  dir = await mkdtemp(join(tmpdir(), 'execplan-edge-'));
  // Traversable by every user, for the case run as another user.
  await chmod(dir, 0o755);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** A fresh workspace holding spec.yaml (the sprint example) and nothing else. */
let workspaces = 0;
async function workspace(name: string): Promise<string> {
  const ws = join(dir, `${(workspaces += 1)}-${name.replace(/\W+/g, '-').slice(0, 60)}`);
  await mkdir(ws, { mode: 0o755 });
  await chmod(ws, 0o755);
  await copyFile(join(root, 'examples/sprint.yaml'), join(ws, 'spec.yaml'));
  await chmod(join(ws, 'spec.yaml'), 0o644);
  return ws;
}

/** Every entry under `at`, with the content of files: any file added, removed or changed shows. */
async function snapshot(at: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(at, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    out[path.slice(at.length + 1)] = entry.isFile() ? await readFile(path, 'utf8') : entry.isDirectory() ? '<dir>' : '<special>';
  }
  return out;
}

interface Outcome {
  readonly exit: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

async function inProcess(argv: readonly string[], cwd: string): Promise<Outcome> {
  const io = captureIo({ cwd });
  const started = Date.now();
  const exit = await run(argv, io);
  return { exit, stdout: io.out.join(''), stderr: io.err.join(''), ms: Date.now() - started };
}

interface SpawnOptions {
  readonly cwd: string;
  readonly stdio?: StdioOptions;
  /** Close our end of the child's stdout at once: its first write meets a closed pipe. */
  readonly closeStdout?: boolean;
  readonly uid?: number;
  readonly gid?: number;
  /** Runs `command args...` instead of `node bin argv...` (a shell pipeline, unshare). */
  readonly command?: readonly string[];
}

/** The built CLI as a process, killed if it outlives the time limit (a hang fails, not waits). */
function spawned(argv: readonly string[], options: SpawnOptions): Promise<Outcome> {
  const [command, ...args] = options.command ?? [process.execPath, bin, ...argv];
  const started = Date.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    stdio: options.stdio ?? ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
    timeout: TIME_LIMIT_MS + 1_000,
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  let stdout = '';
  let stderr = '';
  if (options.closeStdout) child.stdout?.destroy();
  else child.stdout?.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exit) => resolve({ exit, stdout, stderr, ms: Date.now() - started }));
  });
}

/** Exit code, a message saying `says`, in time, without a trace or the words of a bug. */
function expectRefused(outcome: Outcome, exit: number, says: RegExp): void {
  expect(outcome.exit, outcome.stderr).toBe(exit);
  expect(outcome.stderr).toMatch(says);
  expectCalm(outcome);
}

function expectCalm(outcome: Outcome): void {
  expect(outcome.stderr).not.toMatch(/^\s+at /m);
  expect(outcome.stderr).not.toMatch(/internal error|node:internal|Unhandled|\bthrow\b/);
  expect(outcome.ms).toBeLessThan(TIME_LIMIT_MS);
}

interface EdgeCase {
  readonly name: string;
  readonly setup?: (ws: string) => Promise<void>;
  readonly argv: readonly string[];
  /** What stderr must name: the error code, the flag, or the diagnostic code. */
  readonly says: RegExp;
  /**
   * Run as a process, killed at the time limit: a regression of this case would block the
   * thread it runs in (a read that waits for a writer, a loop that never yields).
   */
  readonly blocking?: true;
}

const mkfifo = (path: string) => void execFileSync('mkfifo', [path]);

/** Cases with exit 2 (through run() in this process unless blocking); the workspace must be unchanged after each. */
const refusals: EdgeCase[] = [
  // Where the output goes
  { name: '--out names an existing regular file', setup: (ws) => writeFile(join(ws, 'out'), 'mine'), argv: ['plan', 'spec.yaml', '--out', 'out'], says: /\(EEXIST\)/ },
  { name: '--out passes through a regular file', setup: (ws) => writeFile(join(ws, 'out'), 'mine'), argv: ['plan', 'spec.yaml', '--out', 'out/plans'], says: /\(ENOTDIR\)/ },
  {
    name: 'the third of three output names is a directory, the first an older file',
    setup: async (ws) => {
      await mkdir(join(ws, 'out', 'spec.html'), { recursive: true });
      await writeFile(join(ws, 'out', 'spec.md'), 'old plan');
    },
    argv: ['plan', 'spec.yaml', '--format', 'md,json,html', '--out', 'out'],
    says: /\(EISDIR\)/,
  },
  { name: '--out under /proc', argv: ['plan', 'spec.yaml', '--out', '/proc/execplan-edge/out'], says: /\/proc\/execplan-edge.*\(E[A-Z]+\)/, blocking: true },
  { name: '--out an existing directory of /proc', argv: ['plan', 'spec.yaml', '--out', '/proc/self'], says: /\/proc\/self.*\(E[A-Z]+\)/ },
  { name: '--out under /sys', argv: ['plan', 'spec.yaml', '--out', '/sys/execplan-edge'], says: /\/sys\/execplan-edge.*\(E[A-Z]+\)/ },
  { name: '--out /dev/full', argv: ['plan', 'spec.yaml', '--out', '/dev/full'], says: /\/dev\/full.*\(EEXIST\)/ },
  { name: '--out /dev/null/sub', argv: ['plan', 'spec.yaml', '--out', '/dev/null/sub'], says: /\(ENOTDIR\)/ },
  {
    name: 'a JSON spec planned to JSON into its own directory',
    setup: async (ws) => writeFile(join(ws, 'plan.json'), JSON.stringify({ plan: 'x', start: '2024-10-15', team: [{ id: 'p' }], tasks: [{ id: 'a', duration: '1d', assignee: 'p' }] })),
    argv: ['plan', 'plan.json', '--format', 'md,json', '--out', '.'],
    says: /over the spec 'plan\.json'/,
  },
  { name: 'init into a directory', setup: (ws) => mkdir(join(ws, 'plans')), argv: ['init', 'plans'], says: /'plans' is a directory/ },
  { name: 'init under /proc', argv: ['init', '/proc/execplan-edge.yaml'], says: /\/proc\/execplan-edge\.yaml.*\(E[A-Z]+\)/ },
  // What is read
  { name: 'SPEC is a directory', setup: (ws) => mkdir(join(ws, 'dir.yaml')), argv: ['plan', 'dir.yaml'], says: /^dir\.yaml:1:1: error E_NOT_A_FILE: .*a directory/m },
  { name: 'SPEC is a FIFO (check)', setup: async (ws) => mkfifo(join(ws, 'fifo.yaml')), argv: ['check', 'fifo.yaml'], says: /^fifo\.yaml:1:1: error E_NOT_A_FILE: .*FIFO/m, blocking: true },
  { name: 'SPEC is a FIFO (plan)', setup: async (ws) => mkfifo(join(ws, 'fifo.yaml')), argv: ['plan', 'fifo.yaml', '--out', 'out'], says: /^fifo\.yaml:1:1: error E_NOT_A_FILE: .*FIFO/m, blocking: true },
  { name: 'SPEC is /dev/zero', argv: ['check', '/dev/zero'], says: /^\/dev\/zero:1:1: error E_NOT_A_FILE: .*character device/m, blocking: true },
  { name: 'SPEC is /dev/null', argv: ['plan', '/dev/null'], says: /^\/dev\/null:1:1: error E_NOT_A_FILE: /m },
  { name: 'SPEC is a directory among good specs', setup: (ws) => mkdir(join(ws, 'dir.yaml')), argv: ['check', 'spec.yaml', 'dir.yaml'], says: /E_NOT_A_FILE/ },
  // Flags
  { name: '--out ""', argv: ['plan', 'spec.yaml', '--out', ''], says: /--out needs a value/ },
  { name: '--out=', argv: ['plan', 'spec.yaml', '--out='], says: /--out needs a value/ },
  { name: '--out "  "', argv: ['plan', 'spec.yaml', '--out', '  '], says: /--out needs a value/ },
  { name: '--out given twice', argv: ['plan', 'spec.yaml', '--out', 'a', '--out', 'b'], says: /--out is given more than once/ },
  { name: '--format md --format json', argv: ['plan', 'spec.yaml', '--format', 'md', '--format', 'json'], says: /--format is given more than once/ },
  { name: '--format=md --format=json --out DIR', argv: ['plan', 'spec.yaml', '--format=md', '--format=json', '--out', 'out'], says: /--format is given more than once/ },
  { name: '--seed 1 --seed 2', argv: ['plan', 'spec.yaml', '--seed', '1', '--seed', '2'], says: /--seed is given more than once/ },
  { name: 'init --example twice', argv: ['init', 'new.yaml', '--example', 'launch', '--example', 'sprint'], says: /--example is given more than once/ },
  { name: 'init --example ""', argv: ['init', 'new.yaml', '--example', ''], says: /--example needs a value/ },
  ...['format', 'schedules', 'seed', 'iterations', 'confidence', 'distribution', 'correlation', 'workers'].map((flag) => ({
    name: `--${flag} ""`,
    argv: ['plan', 'spec.yaml', `--${flag}`, '', '--out', 'out'],
    says: new RegExp(`--${flag} needs a value`),
  })),
  // Option limits
  { name: '--iterations 999999999', argv: ['plan', 'spec.yaml', '--iterations', '999999999', '--out', 'out'], says: /--iterations must be at most 100,000/ },
  { name: '--iterations 100001', argv: ['plan', 'spec.yaml', '--iterations', '100001'], says: /--iterations must be at most/ },
  { name: '--schedules 999999999', argv: ['plan', 'spec.yaml', '--schedules', '999999999'], says: /--schedules must be at most 100,000/, blocking: true },
  { name: '--workers 65', argv: ['plan', 'spec.yaml', '--workers', '65'], says: /--workers must be at most 64/ },
];

describe('the CLI edge: refusals', () => {
  it.each(refusals)('$name: exit 2, a message, no trace, nothing written', async ({ name, setup, argv, says, blocking }) => {
    const ws = await workspace(name);
    await setup?.(ws);
    const before = await snapshot(ws);
    const outcome = blocking ? await spawned(fast(argv), { cwd: ws }) : await inProcess(fast(argv), ws);
    expectRefused(outcome, 2, says);
    expect(await snapshot(ws)).toEqual(before);
  });

  it('writes the whole set, with nothing left over, once the directory in the way is gone', async () => {
    const ws = await workspace('the whole set');
    await mkdir(join(ws, 'out', 'spec.html'), { recursive: true });
    await writeFile(join(ws, 'out', 'spec.md'), 'old plan');
    const argv = ['plan', 'spec.yaml', '--format', 'md,json,html', '--out', 'out', ...FAST];
    expectRefused(await inProcess(argv, ws), 2, /\(EISDIR\)/);
    expect(await snapshot(join(ws, 'out'))).toEqual({ 'spec.html': '<dir>', 'spec.md': 'old plan' });
    await rm(join(ws, 'out', 'spec.html'), { recursive: true });
    const outcome = await inProcess(argv, ws);
    expect(outcome.exit, outcome.stderr).toBe(0);
    const written = await snapshot(join(ws, 'out'));
    expect(Object.keys(written).sort()).toEqual(['spec.html', 'spec.json', 'spec.md']);
    expect(written['spec.md']).not.toBe('old plan');
  });

  it.skipIf(isRoot)('a directory the user cannot write (EACCES; as root see the spawned case)', async () => {
    const ws = await workspace('read-only directory');
    await mkdir(join(ws, 'locked'));
    await chmod(join(ws, 'locked'), 0o555);
    try {
      const before = await snapshot(ws);
      expectRefused(await inProcess(['plan', 'spec.yaml', '--out', 'locked', ...FAST], ws), 2, /\(EACCES\)/);
      expectRefused(await inProcess(['plan', 'spec.yaml', '--out', 'locked/sub', ...FAST], ws), 2, /\(EACCES\)/);
      expect(await snapshot(ws)).toEqual(before);
    } finally {
      await chmod(join(ws, 'locked'), 0o755);
    }
  });
});

describe('the CLI edge: a real process (dist/cli/main.js)', () => {
  it('ends quietly when the reader of stdout has gone, keeping the exit code of the command', async () => {
    const ws = await workspace('closed pipe');
    const good = await spawned(['plan', 'spec.yaml', '--format', 'html', ...FAST], { cwd: ws, closeStdout: true });
    expect(good.exit).toBe(0);
    expect(good.stderr).toBe('');
    expectCalm(good);
    await writeFile(join(ws, 'bad.yaml'), 'plan: x\nstart: 2024-10-15\ntasks: [{ id: a, duration: 1d, after: [zz] }]\n');
    const bad = await spawned(['check', 'spec.yaml', 'bad.yaml'], { cwd: ws, closeStdout: true });
    expectRefused(bad, 2, /^bad\.yaml:3:\d+: error E_UNKNOWN_REF/m);
    expect(bad.stderr).not.toMatch(/EPIPE/);
  });

  it('ends quietly in `execplan plan x.yaml | head -1` under pipefail, with more output than a pipe holds', async () => {
    const ws = await workspace('head');
    await copyFile(join(root, 'examples/launch.yaml'), join(ws, 'launch.yaml'));
    const line = `'${process.execPath}' '${bin}' plan launch.yaml --format html ${FAST.join(' ')} | head -1`;
    const outcome = await spawned([], { cwd: ws, command: ['bash', '-o', 'pipefail', '-c', line] });
    expect(outcome.exit, outcome.stderr).toBe(0);
    expect(outcome.stdout).toBe('<!DOCTYPE html>\n');
    expect(outcome.stderr).toBe('');
    expectCalm(outcome);
  });

  it('reports a full disk on stdout (/dev/full) with exit 2', async () => {
    const ws = await workspace('dev full');
    const full = openSync('/dev/full', 'w');
    try {
      expectRefused(await spawned(['plan', 'spec.yaml', ...FAST], { cwd: ws, stdio: ['ignore', full, 'pipe'] }), 2, /standard output.*\(ENOSPC\)/);
    } finally {
      closeSync(full);
    }
  });

  it('starts no more worker threads than cores, so --workers 64 ends in time', async () => {
    // With 64 threads on 2 cores this took 25 s and 1.4 GB; each range re-plans the capacity asks.
    const ws = await workspace('workers');
    await copyFile(join(root, 'examples/launch.yaml'), join(ws, 'launch.yaml'));
    const outcome = await spawned(['plan', 'launch.yaml', '--workers', '64', '--iterations', '2000', '--schedules', '200', '--format', 'json'], { cwd: ws });
    expect(outcome.exit, outcome.stderr).toBe(0);
    expect(JSON.parse(outcome.stdout)).toMatchObject({ format: 'execplan.plan' });
    expectCalm(outcome);
  });

  it.skipIf(!isRoot)('refuses a directory the user cannot write (EACCES), run as the user nobody', async () => {
    const ws = await workspace('nobody');
    await mkdir(join(ws, 'locked'), { mode: 0o555 });
    await chmod(join(ws, 'locked'), 0o555);
    const before = await snapshot(ws);
    for (const out of ['locked', 'locked/sub', '.']) {
      expectRefused(await spawned(['plan', 'spec.yaml', '--out', out, ...FAST], { cwd: ws, uid: 65534, gid: 65534 }), 2, /\(EACCES\)/);
    }
    expect(await snapshot(ws)).toEqual(before);
  });

  // A private user and mount namespace: its mounts vanish with the process, whatever happens.
  const canUnshare = spawnSync('unshare', ['-rm', 'true']).status === 0;
  const inMountNamespace = (ws: string, script: string) => spawned([], { cwd: ws, command: ['unshare', '-rm', 'sh', '-c', script] });
  const execplan = (args: string) => `'${process.execPath}' '${bin}' ${args} ${FAST.join(' ')}`;

  it.skipIf(!canUnshare)('refuses a read-only file system (EROFS), bound read-only in a private mount namespace', async () => {
    const ws = await workspace('read-only mount');
    await mkdir(join(ws, 'ro'));
    await writeFile(join(ws, 'ro', 'spec.md'), 'old plan');
    const before = await snapshot(ws);
    const ro = join(ws, 'ro');
    for (const out of ['ro', 'ro/sub']) {
      const script = `mount --bind '${ro}' '${ro}' && mount -o remount,bind,ro '${ro}' && exec ${execplan(`plan spec.yaml --out ${out}`)}`;
      expectRefused(await inMountNamespace(ws, script), 2, /\(EROFS\)/);
    }
    expect(await snapshot(ws)).toEqual(before);
  });

  it.skipIf(!canUnshare)('writes none of three files when the disk fills on the third (a 200 KiB tmpfs), keeping the old one', async () => {
    const ws = await workspace('full disk');
    await copyFile(join(root, 'examples/launch.yaml'), join(ws, 'launch.yaml'));
    await mkdir(join(ws, 'out'));
    // The Markdown and JSON of launch (about 43 and 116 KB) fit in 200 KiB, the HTML (about 96 KB) no longer does. The
    // disk vanishes with the namespace, so the shell lists it before leaving.
    const script = [
      `mount -t tmpfs -o size=200k tmpfs out && echo 'old plan' > out/launch.md`,
      execplan('plan launch.yaml --format md,json,html --out out'),
      `code=$?; ls -A out >&2; cat out/launch.md >&2; exit $code`,
    ].join('\n');
    const outcome = await inMountNamespace(ws, script);
    expectRefused(outcome, 2, /launch\.html': no space left on device \(ENOSPC\)/);
    expect(outcome.stderr.split('\n').slice(-3)).toEqual(['launch.md', 'old plan', '']);
  });
});
