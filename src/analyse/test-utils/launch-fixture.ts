/**
 * Test fixture: a hand-placed, seed-like launch plan (Tue 2024-10-15 start, Thanksgiving off,
 * a holiday freeze Dec 2-6 blocking all work, Dec 15 hard deadline). Slots by week:
 *   W1 Oct 15-18: 0-3   W2 Oct 21-25: 4-8    W3 Oct 28-Nov 1: 9-13   W4 Nov 4-8: 14-18
 *   W5 Nov 11-15: 19-23 W6 Nov 18-22: 24-28  W7 Nov 25-29 (no 28th): 29-32
 *   W8 Dec 2-6: 33-37 (frozen)               W9 Dec 9-13: 38-42
 */
import type { PlanResult } from '../result.js';
import { buildPlan, type PlanInput } from './build-plan.js';

export const launchInput: PlanInput = {
  name: 'Real-time Collaboration launch',
  start: '2024-10-15',
  deadline: { date: '2024-12-15', hard: true, confidence: 0.9 },
  calendar: {
    unit: 'day',
    workweek: [1, 2, 3, 4, 5],
    hours: [9, 17],
    holidays: ['2024-11-28'],
    freezes: [{ name: 'Holiday freeze', from: '2024-12-02', to: '2024-12-06', blocks: 'all', path: ['calendar', 'freezes', 0] }],
  },
  goals: [
    { id: 'launch', title: 'Launch real-time collaboration', fixed: true, success: ['Text syncs between 2+ users', 'Presence shows active users'], path: ['goals', 0] },
    { id: 'mobile', title: 'Mobile web support', fixed: false, success: ['Works on iOS Safari and Android Chrome'], path: ['goals', 1] },
  ],
  constraints: { budget: { amount: 5000, currency: 'USD', for: 'infrastructure' }, quality: ['0 open P0/P1 bugs'], notes: [] },
  resources: [
    { id: 'be1', name: 'Backend Senior 1', role: 'Backend' },
    { id: 'be2', name: 'Backend Senior 2', role: 'Backend' },
    { id: 'fe1', name: 'Frontend Mid 1', commitments: [{ from: '2024-10-15', to: '2024-10-25', load: 0.5, note: 'other work' }] },
    { id: 'fe2', name: 'Frontend Mid 2' },
    { id: 'qa', name: 'QA' },
  ],
  activities: [
    { id: 'ot-spike', title: 'Evaluate OT libraries', phase: 'Discovery', assignee: 'be1', at: [0, 3], deliverable: 'Library recommendation', uncertainty: 'high', goal: 'launch' },
    { id: 'ws-poc', title: 'WebSocket POC', phase: 'Discovery', assignee: 'be2', at: [0, 4], deliverable: 'Architecture diagram' },
    { id: 'ux-research', title: 'Research cursor UX', phase: 'Discovery', assignee: 'fe1', effort: 2, at: [0, 4], priority: 'should' },
    { id: 'arch', title: 'Finalize architecture', phase: 'Discovery', assignee: 'be1', at: [4, 8], after: ['ot-spike', 'ws-poc'] },
    { id: 'arch-gate', title: 'Architecture go/no-go', type: 'gate', after: ['arch'], at: [8, 8], gate: { question: 'Is the architecture solid?', onFail: 'Add 2 weeks and tell stakeholders', trigger: { task: 'ws-server', exceeds: 5, action: 'cut cursor display' } } },
    { id: 'ws-server', title: 'WebSocket server', phase: 'Foundation', assignee: 'be1', at: [8, 13], after: ['arch-gate'], goal: 'launch' },
    { id: 'ot-logic', title: 'OT logic', phase: 'Foundation', assignee: 'be1', at: [13, 18], after: ['ws-server'], deliverable: 'Text syncs between 2 clients' },
    { id: 'presence', title: 'Presence system', phase: 'Foundation', assignee: 'be2', at: [8, 18], after: ['arch-gate'] },
    { id: 'editor', title: 'Editor integration', phase: 'Foundation', assignee: 'fe1', at: [8, 18], after: ['arch-gate'] },
    { id: 'cursors', title: 'Cursor display', phase: 'Foundation', assignee: 'fe2', at: [13, 18], after: ['arch-gate'], priority: 'should' },
    { id: 'integration', title: 'Full integration', phase: 'Core', assignee: 'be1', at: [18, 20], after: ['ot-logic', 'presence', 'editor'] },
    { id: 'mobile-web', title: 'Mobile web testing', phase: 'Core', assignee: 'fe2', at: [18, 22], after: ['cursors'], priority: 'should', goal: 'mobile' },
    // Booked on top of the editor's last day (slot 17): the fixture's over-allocated person.
    { id: 'polish', title: 'Presence polish', phase: 'Core', assignee: 'fe1', at: [17, 19], after: ['editor'], priority: 'could' },
    { id: 'internal-beta', title: 'Internal beta', phase: 'Beta', assignee: 'be1', at: [20, 22], after: ['integration'] },
    { id: 'security-review', title: 'Security review', type: 'external', owner: 'Security team', at: [22, 32], after: ['internal-beta'] },
    { id: 'beta-fixes', title: 'Beta bug fixes', phase: 'Beta', assignee: 'be2', at: [22, 27], after: ['internal-beta'] },
    { id: 'rollout-10', title: 'Enable for 10%', phase: 'Rollout', kind: 'deploy', assignee: 'be1', at: [32, 33], after: ['security-review'] },
    { id: 'rollout-100', title: 'Enable for all', phase: 'Rollout', kind: 'deploy', assignee: 'be1', at: [38, 39], after: ['rollout-10'] },
    { id: 'watch', title: 'Post-launch monitoring', phase: 'Rollout', kind: 'monitoring', assignee: 'qa', at: [39, 41], after: ['rollout-100'], priority: 'should' },
  ],
  criticalPath: ['ot-spike', 'arch', 'arch-gate', 'ws-server', 'ot-logic', 'integration', 'internal-beta', 'security-review', 'rollout-10', 'rollout-100', 'watch'],
  risks: [
    { id: 'ot-lib', title: "OT library doesn't meet needs", impact: 'high', likelihood: 'medium', owner: 'be1', mitigation: 'Evaluate in week 1, keep fallbacks', status: 'monitor', affects: ['ot-spike', 'ot-logic'], path: ['risks', 0] },
    { id: 'mobile-compat', title: 'Mobile browser issues', impact: 'medium', likelihood: 'medium', owner: 'fe2', mitigation: 'Test early', status: 'monitor', affects: ['mobile-web'], path: ['risks', 1] },
    { id: 'ux-feedback', title: 'Beta feedback needs UX changes', impact: 'low', likelihood: 'high', owner: 'Product Manager', mitigation: 'Accept, prioritise later', status: 'accepted', affects: [], path: ['risks', 2] },
  ],
  rollout: {
    stages: [
      { percent: 10, task: 'rollout-10', checks: ['error rate', 'latency'] },
      { percent: 100, task: 'rollout-100', checks: ['error rate'] },
    ],
    rollback: ['Feature flag for instant disable', 'Roll back to the previous version in 30 minutes'],
  },
  metrics: { launch: ['Core collaboration works', 'P0/P1 bugs: 0'], post: [{ name: 'Performance', horizon: 'ongoing', items: ['P95 latency < 500ms'] }] },
  cadence: { standup: { days: [1, 2, 3, 4, 5], time: '09:30' }, checkin: { day: 5, time: '15:00' } },
};

export function launchPlan(): PlanResult {
  return buildPlan(launchInput);
}
