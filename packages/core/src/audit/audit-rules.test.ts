import { describe, expect, it } from 'vitest';
import {
  auditRecordRefusal,
  auditSummary,
  findingProblem,
  statementRefusal,
  type AuditFinding,
} from './audit-rules.js';

const confirmed: AuditFinding = {
  verdict: 'confirmed',
  adjustedCurrent: null,
  adjustedTarget: null,
  reason: '',
};
const open = { assessmentStatus: 'submitted' as const, auditStatus: 'in-progress' as const };

describe('findingProblem', () => {
  it('accepts a confirmation without a reason', () => {
    expect(findingProblem(confirmed)).toBeNull();
  });

  it('refuses a confirmation that changes a level', () => {
    expect(findingProblem({ ...confirmed, adjustedCurrent: 2 })).toBe('confirmed-has-level');
  });

  it('needs an adjusted level and a reason for an adjustment', () => {
    expect([
      findingProblem({ ...confirmed, verdict: 'adjusted', reason: 'no minutes' }),
      findingProblem({ ...confirmed, verdict: 'adjusted', adjustedCurrent: 2 }),
      findingProblem({ ...confirmed, verdict: 'adjusted', adjustedTarget: 4, reason: 'plan' }),
    ]).toEqual(['adjusted-needs-level', 'reason-required', null]);
  });

  it('needs a reason when the evidence is insufficient', () => {
    expect(findingProblem({ ...confirmed, verdict: 'insufficient-evidence', reason: ' ' })).toBe(
      'reason-required',
    );
  });
});

describe('auditRecordRefusal', () => {
  it('audits only a submitted assessment', () => {
    expect(auditRecordRefusal({ assessmentStatus: 'draft', auditStatus: null })).toBe(
      'not-submitted',
    );
  });

  it('changes nothing after the statement is issued', () => {
    expect(auditRecordRefusal({ ...open, auditStatus: 'issued' })).toBe('issued');
  });
});

describe('statementRefusal', () => {
  it('issues the statement when every characteristic has a complete finding', () => {
    expect(
      statementRefusal(open, [confirmed, confirmed], 2, 'Evidence reviewed on site.'),
    ).toBeNull();
  });

  it('waits for a finding on every characteristic', () => {
    expect(statementRefusal(open, [confirmed], 2, 'Reviewed.')).toBe('findings-incomplete');
  });

  it('waits for incomplete findings to be completed', () => {
    const incomplete = { ...confirmed, verdict: 'adjusted' as const };
    expect(statementRefusal(open, [confirmed, incomplete], 2, 'Reviewed.')).toBe(
      'findings-incomplete',
    );
  });

  it('needs the statement itself', () => {
    expect(statementRefusal(open, [confirmed], 1, '  ')).toBe('statement-empty');
  });
});

describe('auditSummary', () => {
  it('counts the verdicts', () => {
    expect(
      auditSummary([
        confirmed,
        confirmed,
        { ...confirmed, verdict: 'insufficient-evidence', reason: 'none' },
      ]),
    ).toEqual({ confirmed: 2, adjusted: 0, 'insufficient-evidence': 1 });
  });
});
