import { auditSummary, findingProblem, grantAllows } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { AssessmentCaller } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { modelOf } from './model-of.js';

/** A finding as the API shows it. */
export function presentFinding(row: repositories.AuditFindingRow) {
  return {
    characteristicId: row.characteristicId,
    verdict: row.verdict,
    adjustedCurrent: row.adjustedCurrent,
    adjustedTarget: row.adjustedTarget,
    reason: row.reason,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Characteristics of the model with a complete finding. */
export function auditProgress(findings: readonly repositories.AuditFindingRow[], total: number) {
  return { recorded: findings.filter((f) => findingProblem(f) === null).length, total };
}

/** True when the caller is the audit's auditor, holding a grant that records audits. */
export function isTheAuditor(
  caller: AssessmentCaller,
  audit: repositories.ExternalAuditRow,
): boolean {
  return (
    caller.grant !== undefined &&
    caller.grant !== null &&
    grantAllows(caller.grant, 'audit.record') &&
    audit.auditorUserId === caller.auth.user.id
  );
}

/** An audit with its findings as the API shows it. */
export function presentAudit(
  audit: repositories.ExternalAuditRow,
  findings: readonly repositories.AuditFindingRow[],
  total: number,
  editable: boolean,
) {
  return {
    assessmentId: audit.assessmentId,
    status: audit.status,
    auditor: {
      userId: audit.auditorUserId,
      name: audit.auditorName,
      organisation: audit.auditorOrganisation,
    },
    snapshotDigest: audit.snapshotDigest,
    statement: audit.statement,
    issuedAt: audit.issuedAt?.toISOString() ?? null,
    createdAt: audit.createdAt.toISOString(),
    findings: Object.fromEntries(findings.map((f) => [f.characteristicId, presentFinding(f)])),
    summary: auditSummary(findings),
    progress: auditProgress(findings, total),
    editable,
  };
}

/**
 * The external audit of an assessment, with its findings, the summary and its progress: for the
 * auditor, and for members who see the verification.
 */
export async function getAudit(ctx: AppContext, caller: AssessmentCaller, assessmentId: string) {
  const db = ctx.database.db;
  const assessment = await repositories.getAssessment(db, caller.scope, assessmentId);
  if (!assessment) throw notFound();
  const audit = await repositories.getAudit(db, caller.scope, assessmentId);
  if (!audit) throw new HttpError(404, 'audit-not-started');
  const findings = await repositories.listAuditFindings(db, caller.scope, assessmentId);
  const total = modelOf(ctx, assessment.modelId).characteristics.length;
  const editable =
    isTheAuditor(caller, audit) &&
    audit.status === 'in-progress' &&
    assessment.status === 'submitted';
  return presentAudit(audit, findings, total, editable);
}
