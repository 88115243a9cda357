import type { ScopedCaller } from '../auth/authorize.js';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { verifyAssessment } from './verify-assessment.js';

/**
 * The verification of an assessment for those who may see it: the hash chain (its first broken
 * link), the snapshot against the live rows, the answers against the chain, and the audit.
 */
export async function getVerification(ctx: AppContext, caller: ScopedCaller, assessmentId: string) {
  const report = await verifyAssessment(ctx.database.db, caller.scope, assessmentId);
  if (!report) throw notFound();
  return {
    assessmentId,
    checkedAt: report.checkedAt,
    ok: report.ok,
    message: report.message,
    chain: report.chain,
    snapshot: report.snapshot,
    answers: report.answers,
    audit: report.audit
      ? {
          status: report.audit.status,
          auditor: report.audit.auditor,
          issuedAt: report.audit.issuedAt,
          summary: report.audit.summary,
        }
      : null,
  };
}
