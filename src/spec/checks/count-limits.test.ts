/**
 * Each count limit at its edge (accepted) and one past it (E_LIMIT at the first element past
 * it), through the loader. The activity, team and link limits are lowered here: at their real
 * values (100,000 activities, 10,000 team entries, 1,000,000 links) every case would load a spec
 * of tens of megabytes. docs/limits.md holds the real values, and a test keeps it in step.
 */
import { describe, expect, it, vi } from 'vitest';
import { loadSpec } from '../load.js';
import { MAX_ACTIVITIES, MAX_FREEZES, MAX_LINKS, MAX_PERIODS, MAX_RESOURCES, MAX_RISKS } from '../limits.js';

vi.mock('../limits.js', async (original) => ({ ...(await original<typeof import('../limits.js')>()), MAX_ACTIVITIES: 300, MAX_RESOURCES: 200, MAX_LINKS: 2_000 }));

const HEAD = 'plan: t\nstart: 2024-10-15\n';
const TASK = 'tasks: [{ id: a, duration: 1d }]\n';

function found(text: string): { code: string; path: string }[] {
  return loadSpec(text).diagnostics.map((d) => ({ code: d.code, path: (d.path ?? []).join('.') }));
}

const limitAt = (path: string) => [{ code: 'E_LIMIT', path }];

it('runs with the lowered limits', () => {
  expect([MAX_ACTIVITIES, MAX_RESOURCES, MAX_LINKS]).toEqual([300, 200, 2_000]);
});

describe('counts', () => {
  const list = (n: number, item: (k: number) => string) => Array.from({ length: n }, (_, k) => `  - ${item(k)}`).join('\n');
  it.each([
    ['activities', MAX_ACTIVITIES, (n: number) => `tasks:\n${list(n, (k) => `{ id: t${k}, duration: 1d }`)}\n`, `tasks.${MAX_ACTIVITIES}`],
    ['activities across sections', MAX_ACTIVITIES, (n: number) => `${TASK}milestones:\n${list(n - 1, (k) => `{ id: m${k} }`)}\n`, `milestones.${MAX_ACTIVITIES - 1}`],
    ['team entries', MAX_RESOURCES, (n: number) => `team:\n${list(n, (k) => `{ id: p${k} }`)}\n${TASK}`, `team.${MAX_RESOURCES}`],
    ['links', MAX_LINKS, (n: number) => `tasks:\n  - { id: a, duration: 1d }\n${list(n / 20, (k) => `{ id: t${k}, duration: 1d, after: [${Array(20).fill('a').join(', ')}] }`)}\n`, `tasks.${MAX_LINKS / 20 + 1}.after.19`],
    ['risks', MAX_RISKS, (n: number) => `${TASK}risks:\n${list(n, (k) => `{ id: r${k}, title: r, owner: o, mitigation: m }`)}\n`, `risks.${MAX_RISKS}`],
    ['freezes', MAX_FREEZES, (n: number) => `calendar:\n  freezes:\n${list(n, () => '  { name: f, from: 2024-12-01, to: 2024-12-02 }')}\n${TASK}`, `calendar.freezes.${MAX_FREEZES}`],
    ['periods', MAX_PERIODS, (n: number) => `team:\n  - id: p\n    time_off: [${Array(MAX_PERIODS / 2).fill('{ from: 2025-01-01, to: 2025-01-02 }').join(', ')}]\n    commitments: [${Array(n - MAX_PERIODS / 2).fill('{ from: 2025-02-01, to: 2025-02-02, load: 10% }').join(', ')}]\n${TASK}`, `team.0.commitments.${MAX_PERIODS / 2}`],
  ])('%s: %i accepted, one more refused at the first past the limit', (what, max, body, path) => {
    expect(found(`${HEAD}${body(max)}`).filter((d) => d.code !== 'W_NO_TASKS')).toEqual([]);
    const past = what === 'links' ? body(max).replace('  - { id: a, duration: 1d }\n', '  - { id: a, duration: 1d }\n  - { id: z, duration: 1d, after: [a] }\n') : body(max + 1);
    expect(found(`${HEAD}${past}`).filter((d) => d.code === 'E_LIMIT')).toEqual(limitAt(path));
  });
});
