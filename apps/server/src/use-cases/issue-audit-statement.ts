import { auditSummary, statementRefusal } from '@citymaturity/core';
import { repositories } from '@citymaturity/db';
import type { AssessmentAccess } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../http/http-error.js';
import { presentAudit } from './get-audit.js';
import { modelOf } from './model-of.js';
import { lockOpenAudit } from './record-audit-finding.js';

/**
 * Issues the audit statement once every characteristic has a complete finding: the audit is final
 * from then on, and the assessment's evidence method becomes external audit. Chained with the
 * statement, the summary and the snapshot audited.
 */
export async function issueAuditStatement(
  ctx: AppContext,
  access: AssessmentAccess,
  assessmentId: string,
  statement: string,
  ip: string,
) {
  return ctx.database.db.transaction(async (tx) => {
    const { assessment, audit } = await lockOpenAudit(tx, access, assessmentId);
    const findings = await repositories.listAuditFindings(tx, access.scope, assessmentId);
    const total = modelOf(ctx, assessment.modelId).characteristics.length;
    const refusal = statementRefusal(
      { assessmentStatus: assessment.status, auditStatus: audit.status },
      findings,
      total,
      statement,
    );
    if (refusal === 'findings-incomplete') throw new HttpError(409, 'audit-findings-incomplete');
    if (refusal === 'statement-empty')
      throw new HttpError(400, 'validation', {
        issues: [{ path: 'body.statement', message: refusal }],
      });
    if (refusal)
      throw new HttpError(409, refusal === 'issued' ? 'audit-issued' : 'assessment-not-submitted');
    const issued = await repositories.issueAudit(tx, access.scope, assessmentId, statement);
    if (!issued) throw new Error('audit vanished');
    await repositories.appendAssessmentEvent(tx, access.scope, assessmentId, {
      actorUserId: access.auth.user.id,
      action: 'audit.statement',
      ip,
      details: {
        statement,
        snapshotDigest: issued.snapshotDigest,
        summary: auditSummary(findings),
      },
    });
    return presentAudit(issued, findings, total, false);
  });
}
