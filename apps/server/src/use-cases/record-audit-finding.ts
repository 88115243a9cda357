import {
  auditRecordRefusal,
  findingProblem,
  versionConflict,
  type AuditFinding,
} from '@citymaturity/core';
import { repositories, type Executor } from '@citymaturity/db';
import type { AssessmentAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError, notFound } from '../http/http-error.js';
import { auditProgress, isTheAuditor, presentFinding } from './get-audit.js';
import { modelOf } from './model-of.js';

/**
 * The audit the caller may change now, in a transaction that locked the assessment: the caller
 * must be its auditor, the assessment submitted, the statement not issued.
 */
export async function lockOpenAudit(tx: Executor, access: AssessmentAccess, assessmentId: string) {
  const assessment = await repositories.lockAssessment(tx, access.scope, assessmentId);
  if (!assessment) throw notFound();
  const audit = await repositories.getAudit(tx, access.scope, assessmentId);
  if (!audit) throw new HttpError(404, 'audit-not-started');
  if (!isTheAuditor(access, audit)) throw new HttpError(403, 'not-the-auditor');
  const refusal = auditRecordRefusal({
    assessmentStatus: assessment.status,
    auditStatus: audit.status,
  });
  if (refusal === 'not-submitted') throw new HttpError(409, 'assessment-not-submitted');
  if (refusal === 'issued') throw new HttpError(409, 'audit-issued');
  return { assessment, audit };
}

/**
 * Records the auditor's finding on one characteristic (confirmed, adjusted to which levels and why,
 * or insufficient evidence), chained in the assessment's log. The edit names the version it started
 * from: if the finding changed meanwhile, it is a conflict (409 with the current finding).
 */
export async function recordAuditFinding(
  ctx: AppContext,
  access: AssessmentAccess,
  assessmentId: string,
  characteristicId: string,
  input: AuditFinding & { version: number },
  ip: string,
) {
  const problem = findingProblem(input);
  if (problem)
    throw new HttpError(400, 'validation', {
      issues: [
        {
          path: problem === 'reason-required' ? 'body.reason' : 'body.adjustedCurrent',
          message: problem,
        },
      ],
    });
  return ctx.database.db.transaction(async (tx) => {
    const { assessment } = await lockOpenAudit(tx, access, assessmentId);
    const model = modelOf(ctx, assessment.modelId);
    if (!model.characteristicById.has(characteristicId))
      throw new HttpError(400, 'unknown-characteristic', {
        issues: [{ path: 'params.characteristicId', message: characteristicId }],
      });
    const stored = await repositories.lockAuditFinding(
      tx,
      access.scope,
      assessmentId,
      characteristicId,
    );
    if (versionConflict(input.version, stored?.version ?? null))
      throw new HttpError(409, 'audit-finding-conflict', {
        current: stored ? presentFinding(stored) : null,
      });
    const saved = await repositories.saveAuditFinding(tx, access.scope, {
      assessmentId,
      characteristicId,
      verdict: input.verdict,
      adjustedCurrent: input.adjustedCurrent,
      adjustedTarget: input.adjustedTarget,
      reason: input.reason,
    });
    await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'audit.finding',
      targetType: 'characteristic',
      targetId: characteristicId,
      ip,
      details: {
        verdict: saved.verdict,
        adjustedCurrent: saved.adjustedCurrent,
        adjustedTarget: saved.adjustedTarget,
        reason: saved.reason,
        version: saved.version,
      },
    });
    const findings = await repositories.listAuditFindings(tx, access.scope, assessmentId);
    return {
      finding: presentFinding(saved),
      progress: auditProgress(findings, model.characteristics.length),
    };
  });
}
