import {
  evidenceFileName,
  evidenceFileProblem,
  megabytesToBytes,
  sanitizeFileName,
} from '@citymaturity/core';
import { repositories, type Executor, type OrganisationScope } from '@citymaturity/db';
import { fileTypeFromBuffer } from 'file-type';
import type { AppContext } from '../context.js';
import type { EvidenceItem } from '../http/evidence-schemas.js';
import type { EvidenceUpload, UploadedFile } from '../http/evidence-upload.js';
import { HttpError, notFound } from '../http/http-error.js';
import {
  evidenceEventDetails,
  evidenceRefusal,
  evidenceRefusalError,
  presentEvidence,
  type EvidenceActor,
  type EvidenceAttachment,
} from './evidence-access.js';
import { modelOf } from './model-of.js';

/** Where a new evidence item goes: a respondent's rating (or the consensus item) of a characteristic. */
export interface NewEvidenceTarget extends EvidenceAttachment {
  characteristicId: string;
}

/**
 * Locks the assessment and checks that the actor may add evidence to this rating or consensus
 * item now (404 when the assessment or respondent is not in the organisation, 403/409 by the
 * rules). Returns the locked assessment.
 */
async function checkTarget(
  tx: Executor,
  scope: OrganisationScope,
  target: EvidenceAttachment,
  actor: EvidenceActor,
) {
  const locked = await repositories.lockEvidenceTarget(tx, scope, {
    assessmentId: target.assessmentId,
    respondentId: target.respondentId,
    invitationId: 'invitationId' in actor ? actor.invitationId : null,
  });
  if (!locked) throw notFound();
  if (target.respondentId !== null && !locked.respondent) throw notFound();
  const refusal = evidenceRefusal(locked, locked.respondent, actor);
  if (refusal) throw evidenceRefusalError(refusal, target);
  return locked;
}

/**
 * Checks, before a request's body is read, that the actor may add evidence there: an upload that
 * would be refused is refused before it is taken in. {@link addEvidence} checks again, under lock.
 */
export async function assertMayAddEvidence(
  ctx: AppContext,
  scope: OrganisationScope,
  target: EvidenceAttachment,
  actor: EvidenceActor,
): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    await checkTarget(tx, scope, target, actor);
  });
}

/** A file that passed the upload rules: its stored name and the media type found in its content. */
async function checkedFile(ctx: AppContext, file: UploadedFile) {
  const detected = await fileTypeFromBuffer(file.content);
  const problem = evidenceFileProblem({
    size: file.size,
    maxBytes: megabytesToBytes(ctx.config.CITYMATURITY_MAX_UPLOAD_MB),
    detectedMediaType: detected?.mime,
  });
  const name = sanitizeFileName(file.name);
  if (problem === 'empty') throw new HttpError(400, 'evidence-empty-file', { name });
  if (problem === 'too-large')
    throw new HttpError(413, 'evidence-too-large', {
      name,
      maxMegabytes: ctx.config.CITYMATURITY_MAX_UPLOAD_MB,
    });
  if (problem === 'unsupported-type' || !detected)
    throw new HttpError(415, 'evidence-unsupported-type', { name });
  return { name: evidenceFileName(file.name, detected.mime), mediaType: detected.mime };
}

/**
 * Adds a note, link or file to a respondent's rating or to the consensus item of a characteristic,
 * in one transaction: the assessment is locked, the rules checked (the caller's rights, draft,
 * blind rating closed at the reveal, an invited stakeholder's link still valid), the item (and the
 * file's content) stored, and the hash chain records `evidence.add` with the file's name, type,
 * size and SHA-256. Files are checked by their content first (415 when not an accepted type).
 *
 * Signed-in members call it with `{ userId, role }`; the invitation routes of stakeholders without
 * an account call it with `{ invitationId }` (the invitation must be theirs, for this respondent).
 */
export async function addEvidence(
  ctx: AppContext,
  scope: OrganisationScope,
  target: NewEvidenceTarget,
  upload: EvidenceUpload,
  actor: EvidenceActor,
  ip: string | null,
): Promise<EvidenceItem> {
  const file = upload.kind === 'file' ? await checkedFile(ctx, upload.file) : undefined;
  return ctx.database.db.transaction(async (tx) => {
    const locked = await checkTarget(tx, scope, target, actor);
    if (!modelOf(ctx, locked.modelId).characteristicById.has(target.characteristicId)) {
      throw new HttpError(400, 'unknown-characteristic', {
        issues: [{ path: 'characteristicId', message: target.characteristicId }],
      });
    }
    const created = await repositories.insertEvidence(tx, scope, {
      attachedTo:
        target.respondentId === null
          ? { consensusAssessmentId: target.assessmentId }
          : { respondentId: target.respondentId },
      characteristicId: target.characteristicId,
      kind: upload.kind,
      body: upload.kind === 'file' ? (file?.name ?? '') : upload.body,
      createdBy: 'userId' in actor ? actor.userId : null,
      file:
        upload.kind === 'file' && file
          ? {
              mediaType: file.mediaType,
              size: upload.file.size,
              sha256: upload.file.sha256,
              content: upload.file.content,
            }
          : undefined,
    });
    const record = await repositories.findEvidenceItem(tx, scope, target.assessmentId, created.id);
    if (!record) throw new Error('the new evidence item was not found');
    await repositories.appendAssessmentEvent(tx, scope, target.assessmentId, {
      actorUserId: 'userId' in actor ? actor.userId : null,
      action: 'evidence.add',
      targetType: 'evidence',
      targetId: record.id,
      details: evidenceEventDetails(record, actor),
      ip,
    });
    return presentEvidence(record);
  });
}
