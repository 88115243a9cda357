import type { ModelIndex } from '@citymaturity/model';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { del, get, put, upload } from '../../api/client.js';
import type {
  AssessmentDetail,
  Progress,
  Rating,
  Respondent,
  ResponseData,
} from '../../api/types.js';
import { assessmentPath, useMembership } from '../../components/queries.js';
import { questionnairePath } from '../assessment/questionnaire-link.js';
import {
  fileOfItem,
  withFile,
  withoutFile,
  type AnswerTarget,
  type UploadedEvidenceItem,
} from './answer-target.js';
import { emptyRating, toRatingInput } from './questionnaire-logic.js';
import { QuestionnaireView } from './QuestionnaireView.js';

/** An evidence item as listed by GET …/evidence (the fields the questionnaire uses). */
interface ListedEvidenceItem extends UploadedEvidenceItem {
  owner:
    | { kind: 'user'; displayName: string }
    | { kind: 'invited-stakeholder'; name: string }
    | { kind: 'unknown' };
}

const ownerName = (item: ListedEvidenceItem) =>
  item.owner.kind === 'user'
    ? item.owner.displayName
    : item.owner.kind === 'invited-stakeholder'
      ? item.owner.name
      : undefined;

/** A member's response being answered (or read): saved through the organisation's API. */
export function QuestionnaireEditor({
  index,
  assessment,
  respondent,
  response,
  characteristicId,
}: {
  index: ModelIndex;
  assessment: AssessmentDetail;
  respondent: Respondent;
  response: ResponseData;
  characteristicId: string | undefined;
}) {
  const { t } = useTranslation('questionnaire');
  const client = useQueryClient();
  const { organisationId, id: assessmentId } = assessment;
  const base = assessmentPath(organisationId, assessmentId);
  const responseKey = useMemo(
    () => ['response', organisationId, assessmentId, respondent.id],
    [organisationId, assessmentId, respondent.id],
  );
  // Who added each file: listed for those who may view evidence; one's own uploads are added below.
  const mayViewEvidence = useMembership(organisationId)?.actions.includes('evidence.view') ?? false;
  const evidenceKey = useMemo(
    () => ['response-evidence', organisationId, assessmentId, respondent.id],
    [organisationId, assessmentId, respondent.id],
  );
  const evidence = useQuery({
    queryKey: evidenceKey,
    queryFn: () =>
      get<ListedEvidenceItem[]>(
        `${base}/evidence?respondentId=${encodeURIComponent(respondent.id)}`,
      ),
    enabled: mayViewEvidence,
  });
  const owners = useMemo(
    () => new Map((evidence.data ?? []).map((item) => [item.id, ownerName(item)])),
    [evidence.data],
  );

  const amendCache = useCallback(
    (id: string, change: (rating: Rating) => Rating) => {
      client.setQueryData<ResponseData>(
        responseKey,
        (old) =>
          old && {
            ...old,
            ratings: { ...old.ratings, [id]: change(old.ratings[id] ?? emptyRating) },
          },
      );
    },
    [client, responseKey],
  );

  const save = useCallback(
    async (id: string, rating: Rating) => {
      const result = await put<{ progress: Progress }>(
        `${base}/respondents/${respondent.id}/ratings/${id}`,
        toRatingInput(rating),
      );
      // Keep the cached response and progress in step, so that coming back shows the answers.
      client.setQueryData<ResponseData>(
        responseKey,
        (old) =>
          old && { ...old, progress: result.progress, ratings: { ...old.ratings, [id]: rating } },
      );
      client.setQueryData<AssessmentDetail>(['assessment', organisationId, assessmentId], (old) => {
        if (!old) return old;
        const respondents = old.respondents.map((r) =>
          r.id === respondent.id ? { ...r, progress: result.progress } : r,
        );
        const answered = respondents.reduce((sum, r) => sum + r.progress.answered, 0);
        return { ...old, respondents, progress: { ...old.progress, answered } };
      });
      void client.invalidateQueries({
        queryKey: ['assessments', organisationId],
        refetchType: 'none',
      });
    },
    [client, base, responseKey, organisationId, assessmentId, respondent.id],
  );

  const target = useMemo<AnswerTarget>(
    () => ({
      linkTo: (id) => questionnairePath(organisationId, assessmentId, respondent.id, id),
      saveRating: save,
      uploadFile: async (id, file, onProgress, signal) => {
        const form = new FormData();
        form.append('characteristicId', id);
        form.append('file', file);
        const item = await upload<ListedEvidenceItem>(
          `${base}/respondents/${respondent.id}/evidence`,
          form,
          { onProgress, signal },
        );
        const added = fileOfItem(item);
        amendCache(id, (r) => withFile(r, added));
        client.setQueryData<ListedEvidenceItem[]>(evidenceKey, (old) => [...(old ?? []), item]);
        return added;
      },
      removeFile: async (id, evidenceId) => {
        await del(`${base}/evidence/${evidenceId}`);
        amendCache(id, (r) => withoutFile(r, evidenceId));
      },
      fileHref: (evidenceId) => `${base}/evidence/${evidenceId}/file`,
      fileOwner: (evidenceId) => owners.get(evidenceId),
    }),
    [
      organisationId,
      assessmentId,
      respondent.id,
      base,
      save,
      amendCache,
      client,
      evidenceKey,
      owners,
    ],
  );

  const assessmentLink = `/organisations/${organisationId}/assessments/${assessmentId}`;
  return (
    <QuestionnaireView
      index={index}
      initialRatings={response.ratings}
      readOnly={!response.editable}
      readOnlyNotice={
        <Alert
          type="info"
          showIcon
          role="note"
          title={
            assessment.status === 'submitted' ? t('readOnly.submitted') : t('readOnly.notYours')
          }
        />
      }
      target={target}
      characteristicId={characteristicId}
      top={
        <>
          <Link to={assessmentLink}>← {assessment.title}</Link>
          <p className="cm-muted cm-q-respondent">{t('respondent', { name: respondent.name })}</p>
        </>
      }
      finish={{ to: assessmentLink }}
    />
  );
}
