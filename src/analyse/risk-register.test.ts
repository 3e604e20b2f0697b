import { describe, expect, it } from 'vitest';
import type { Level, Risk } from '../model/index.js';
import { riskSeverity } from './risk-matrix.js';
import { buildRiskRegister } from './risk-register.js';

function risk(id: string, impact: Level, likelihood: Level, status: Risk['status'] = 'open'): Risk {
  return { id, title: id, impact, likelihood, status, affects: [], path: [] };
}

describe('riskSeverity', () => {
  it('files the seed’s risks in the seed’s bands', () => {
    expect(riskSeverity('high', 'medium')).toBe('high'); // OT library doesn't meet needs
    expect(riskSeverity('high', 'low')).toBe('high'); // security review finds critical issues
    expect(riskSeverity('medium', 'high')).toBe('medium'); // team unfamiliar with WebSocket
    expect(riskSeverity('medium', 'medium')).toBe('medium'); // mobile browser compatibility
    expect(riskSeverity('low', 'high')).toBe('low'); // beta feedback requires UX changes
  });

  it('drops an unlikely medium-impact risk to Low', () => expect(riskSeverity('medium', 'low')).toBe('low'));
});

describe('buildRiskRegister', () => {
  it('bands declared risks in spec order, detected ones after, and keeps closed ones apart', () => {
    const register = buildRiskRegister(
      [risk('a', 'high', 'low'), risk('b', 'low', 'low'), risk('c', 'high', 'high'), risk('d', 'high', 'high', 'closed')],
      [{ code: 'external-on-critical-path', id: 'detected-external-x', activity: 'x', impact: 'high', likelihood: 'medium' }],
    );
    expect(register.high.map((e) => [e.risk.id, e.detected])).toEqual([
      ['a', false],
      ['c', false],
      ['detected-external-x', true],
    ]);
    expect(register.medium).toEqual([]);
    expect(register.low.map((e) => e.risk.id)).toEqual(['b']);
    expect(register.closed.map((r) => r.id)).toEqual(['d']);
  });
});
