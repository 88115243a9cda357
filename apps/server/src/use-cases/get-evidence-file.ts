import { repositories, type OrganisationScope } from '@citymaturity/db';
import type { AppContext } from '../context.js';
import { forbidden, notFound } from '../http/http-error.js';

/**
 * Who downloads: someone who may view all the assessment's evidence, a member who may see only
 * the files of the responses that are their own, or an invited stakeholder (their respondent's).
 */
export type EvidenceViewer =
  | { kind: 'all'; userId: string }
  | { kind: 'own'; userId: string }
  | { kind: 'invited'; respondentId: string };

/** An evidence file as it is downloaded. */
export interface EvidenceFileDownload {
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  content: Buffer;
}

/**
 * The stored content of an evidence file of an assessment, with its name and the media type found
 * in its content (404 when the item is not a file of this assessment, or an invited stakeholder
 * asks for another respondent's; 403 when a member may not view it). A signed-in download is
 * recorded in the audit log.
 */
export async function getEvidenceFile(
  ctx: AppContext,
  scope: OrganisationScope,
  assessmentId: string,
  evidenceId: string,
  viewer: EvidenceViewer,
  ip: string | null,
): Promise<EvidenceFileDownload> {
  const db = ctx.database.db;
  const record = await repositories.findEvidenceItem(db, scope, assessmentId, evidenceId);
  if (!record || record.kind !== 'file' || !record.file) throw notFound();
  if (viewer.kind === 'invited' && record.respondent?.id !== viewer.respondentId) throw notFound();
  if (viewer.kind === 'own' && record.respondent?.userId !== viewer.userId) throw forbidden();
  const content = await repositories.readEvidenceFileContent(db, scope, evidenceId);
  if (!content) throw notFound();
  if (viewer.kind !== 'invited') {
    await repositories.appendAudit(db, {
      actorUserId: viewer.userId,
      organisationId: scope.organisationId,
      action: 'evidence.download',
      targetType: 'evidence',
      targetId: evidenceId,
      outcome: 'success',
      details: { assessmentId, sha256: record.file.sha256 },
      ip,
    });
  }
  return { name: record.body, ...record.file, content };
}
