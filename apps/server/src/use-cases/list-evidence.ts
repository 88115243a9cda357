import { repositories, type OrganisationScope } from '@citymaturity/db';
import type { AppContext } from '../context.js';
import type { EvidenceItem } from '../http/evidence-schemas.js';
import { notFound } from '../http/http-error.js';
import { presentEvidence } from './evidence-access.js';

/**
 * The evidence of an assessment (its respondents' ratings and its consensus items), oldest first,
 * optionally of one characteristic or one respondent: notes, links and files (described, not
 * their content), each with its date, who added it and what it supports. For whoever may view
 * evidence (members with `evidence.view`, the assessment's external auditor).
 */
export async function listEvidence(
  ctx: AppContext,
  scope: OrganisationScope,
  assessmentId: string,
  filter: { characteristicId?: string | undefined; respondentId?: string | undefined },
): Promise<EvidenceItem[]> {
  const db = ctx.database.db;
  const assessment = await repositories.getAssessment(db, scope, assessmentId);
  if (!assessment) throw notFound();
  const records = await repositories.listEvidenceItems(db, scope, assessmentId, filter);
  return records.map(presentEvidence);
}
