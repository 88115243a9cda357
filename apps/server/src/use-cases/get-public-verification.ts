import { evidenceMethodBadge } from '@citymaturity/core';
import type { EvidenceMethodId } from '@citymaturity/model';
import { repositories } from '@citymaturity/db';
import type { AppContext } from '../context.js';
import { notFound } from '../http/http-error.js';
import { modelOf } from './model-of.js';
import { verifyAssessment } from './verify-assessment.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What anyone may know about a submitted assessment, given its id or its snapshot's digest: whose
 * it is, its title, method and evidence-method badge, when it was submitted, its digest, whether it
 * is unchanged since (hash chain, snapshot and answers all agree), and whether, when and by whom it
 * was audited. Nothing else: no ratings, no respondents. A draft or an unknown id is not found.
 */
export async function getPublicVerification(ctx: AppContext, idOrDigest: string) {
  const db = ctx.database.db;
  const found = await repositories.findSnapshotted(
    db,
    uuidPattern.test(idOrDigest)
      ? { assessmentId: idOrDigest.toLowerCase() }
      : { digest: idOrDigest.toLowerCase() },
  );
  if (!found) throw notFound();
  const scope = { organisationId: found.organisationId };
  const [report, organisation] = await Promise.all([
    verifyAssessment(db, scope, found.assessmentId),
    repositories.getOrganisation(db, scope),
  ]);
  if (!report?.snapshot || !report.assessment.submittedAt || !organisation) throw notFound();
  const badge = evidenceMethodBadge(modelOf(ctx, report.assessment.modelId), {
    method: report.assessment.method,
    audited: report.audit?.status === 'issued',
  });
  return {
    organisation: { nameZh: organisation.nameZh, nameEn: organisation.nameEn },
    assessment: {
      title: report.assessment.title,
      method: report.assessment.method as EvidenceMethodId,
      evidenceMethod: { id: badge.id, rank: badge.rank, ranks: badge.ranks, name: badge.name },
      submittedAt: report.assessment.submittedAt,
      digest: report.snapshot.storedDigest,
    },
    unchanged: report.ok,
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
