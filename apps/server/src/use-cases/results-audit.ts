import { repositories, type Executor, type OrganisationScope } from '@citymaturity/db';

/**
 * The external audit of an assessment as its results show it: status, auditor, when it was issued,
 * and per characteristic the verdict and adjusted levels; undefined when there is no audit.
 */
export async function auditOfResults(db: Executor, scope: OrganisationScope, assessmentId: string) {
  const audit = await repositories.getAudit(db, scope, assessmentId);
  if (!audit) return undefined;
  const findings = await repositories.listAuditFindings(db, scope, assessmentId);
  return {
    status: audit.status,
    auditor: { name: audit.auditorName, organisation: audit.auditorOrganisation },
    issuedAt: audit.issuedAt?.toISOString() ?? null,
    findings: Object.fromEntries(
      findings.map((f) => [
        f.characteristicId,
        {
          verdict: f.verdict,
          adjustedCurrent: f.adjustedCurrent,
          adjustedTarget: f.adjustedTarget,
        },
      ]),
    ),
  };
}
