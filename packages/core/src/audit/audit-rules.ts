/** The verdicts an external auditor gives per characteristic. */
export const auditVerdicts = ['confirmed', 'adjusted', 'insufficient-evidence'] as const;
export type AuditVerdict = (typeof auditVerdicts)[number];

/** An auditor's finding on one characteristic. */
export interface AuditFinding {
  verdict: AuditVerdict;
  /** For `adjusted`: the levels the evidence supports (at least one of the two). */
  adjustedCurrent: number | null;
  adjustedTarget: number | null;
  /** Why: required for `adjusted` and `insufficient-evidence`. */
  reason: string;
}

/** What is wrong with a finding, or null when it is complete. */
export type FindingProblem = 'adjusted-needs-level' | 'confirmed-has-level' | 'reason-required';

/**
 * A finding is complete when: `confirmed` adjusts nothing; `adjusted` names at least one level
 * (1–5) and why; `insufficient-evidence` says why.
 */
export function findingProblem(finding: AuditFinding): FindingProblem | null {
  const adjusts = finding.adjustedCurrent !== null || finding.adjustedTarget !== null;
  if (finding.verdict === 'confirmed') return adjusts ? 'confirmed-has-level' : null;
  if (finding.verdict === 'adjusted' && !adjusts) return 'adjusted-needs-level';
  if (finding.reason.trim() === '') return 'reason-required';
  return null;
}

/** An audit as its rules see it. */
export interface AuditState {
  /** The assessment's status: only a submitted (frozen) assessment is audited. */
  assessmentStatus: 'draft' | 'submitted';
  /** The audit's status, or null when no audit has started. */
  auditStatus: 'in-progress' | 'issued' | null;
}

/** Why an audit finding cannot be recorded now, or null. */
export type AuditRecordRefusal = 'not-submitted' | 'issued';

/** Findings are recorded on a submitted assessment until the audit statement is issued. */
export function auditRecordRefusal(state: AuditState): AuditRecordRefusal | null {
  if (state.assessmentStatus !== 'submitted') return 'not-submitted';
  if (state.auditStatus === 'issued') return 'issued';
  return null;
}

/** Why the audit statement cannot be issued, or null. */
export type StatementRefusal = AuditRecordRefusal | 'findings-incomplete' | 'statement-empty';

/**
 * The audit statement is issued once, when every characteristic has a complete finding and the
 * statement says something; after that the audit changes no more.
 */
export function statementRefusal(
  state: AuditState,
  findings: readonly AuditFinding[],
  characteristicCount: number,
  statement: string,
): StatementRefusal | null {
  const refusal = auditRecordRefusal(state);
  if (refusal) return refusal;
  if (findings.length < characteristicCount || findings.some((f) => findingProblem(f) !== null))
    return 'findings-incomplete';
  if (statement.trim() === '') return 'statement-empty';
  return null;
}

/** How many characteristics got each verdict. */
export function auditSummary(findings: readonly AuditFinding[]): Record<AuditVerdict, number> {
  const summary: Record<AuditVerdict, number> = {
    confirmed: 0,
    adjusted: 0,
    'insufficient-evidence': 0,
  };
  for (const f of findings) summary[f.verdict] += 1;
  return summary;
}
