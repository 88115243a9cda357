import { useQueryClient } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { del, put, upload } from '../../api/client.js';
import { useMaturityModelQuery } from '../../api/model.js';
import {
  invitedResponseKey,
  respondApiPath,
  respondPagePath,
  respondQuestionnairePath,
  useInvitedResponse,
  type InvitedResponse,
} from '../../api/respond.js';
import type { Progress, Rating } from '../../api/types.js';
import { PageFallback } from '../../app/PageFallback.js';
import { useLang } from '../../components/lang.js';
import '../../components/components.css';
import {
  fileOfItem,
  withFile,
  withoutFile,
  type AnswerTarget,
  type UploadedEvidenceItem,
} from '../questionnaire/answer-target.js';
import { emptyRating, toRatingInput } from '../questionnaire/questionnaire-logic.js';
import { QuestionnaireView } from '../questionnaire/QuestionnaireView.js';
import '../questionnaire/questionnaire.css';
import { LinkProblemView } from './LinkProblemView.js';
import { closedReason } from './respond-logic.js';
import './respond.css';

/** The questionnaire answered through a link: saved through the link's own endpoints. */
function useLinkTarget(token: string, ownerName: string): AnswerTarget {
  const client = useQueryClient();
  return useMemo<AnswerTarget>(() => {
    const api = respondApiPath(token);
    const key = invitedResponseKey(token);
    const amendCache = (id: string, change: (rating: Rating) => Rating, progress?: Progress) => {
      client.setQueryData<InvitedResponse>(
        key,
        (old) =>
          old && {
            ...old,
            ...(progress ? { progress } : {}),
            ratings: { ...old.ratings, [id]: change(old.ratings[id] ?? emptyRating) },
          },
      );
    };
    return {
      linkTo: (id) => respondQuestionnairePath(token, id),
      saveRating: async (id, rating) => {
        const result = await put<{ progress: Progress }>(
          `${api}/ratings/${id}`,
          toRatingInput(rating),
        );
        amendCache(id, () => rating, result.progress);
      },
      uploadFile: async (id, file, onProgress, signal) => {
        const form = new FormData();
        form.append('characteristicId', id);
        form.append('file', file);
        const item = await upload<UploadedEvidenceItem>(`${api}/evidence`, form, {
          onProgress,
          signal,
        });
        const added = fileOfItem(item);
        amendCache(id, (r) => withFile(r, added));
        return added;
      },
      removeFile: async (id, evidenceId) => {
        await del(`${api}/evidence/${evidenceId}`);
        amendCache(id, (r) => withoutFile(r, evidenceId));
      },
      fileHref: (evidenceId) => `${api}/evidence/${evidenceId}/file`,
      // Only the stakeholder adds evidence to their own ratings.
      fileOwner: () => ownerName,
    };
  }, [client, token, ownerName]);
}

function LinkQuestionnaire({
  token,
  response,
  characteristicId,
}: {
  token: string;
  response: InvitedResponse;
  characteristicId: string | undefined;
}) {
  const { t } = useTranslation('respond');
  const lang = useLang();
  const modelQuery = useMaturityModelQuery();
  const target = useLinkTarget(token, response.respondent.name);
  const reason = closedReason(response);
  if (modelQuery.error)
    return <LinkProblemView error={modelQuery.error} onRetry={() => void modelQuery.refetch()} />;
  if (!modelQuery.data) return <PageFallback />;
  const { respondent } = response;
  const overview = respondPagePath(token);
  return (
    <QuestionnaireView
      index={modelQuery.data.index}
      initialRatings={response.ratings}
      readOnly={!response.editable}
      readOnlyNotice={
        <Alert
          type="info"
          showIcon
          role="note"
          title={t(`questionnaire.closed.${reason ?? 'closed'}`)}
          description={
            reason === 'revealed' ? (
              <Link to={overview}>{t('questionnaire.seeResults')}</Link>
            ) : undefined
          }
        />
      }
      target={target}
      characteristicId={characteristicId}
      top={
        <>
          <Link to={overview}>{t('questionnaire.back', { title: response.assessment.title })}</Link>
          <p className="cm-muted cm-q-respondent">
            {respondent.group
              ? t('questionnaire.answeringAs', {
                  name: respondent.name,
                  group: respondent.group.name[lang],
                })
              : t('questionnaire.answeringAsNoGroup', { name: respondent.name })}
          </p>
        </>
      }
      finish={{
        to: overview,
        label: t('questionnaire.finish'),
        allAnsweredAction: t('questionnaire.allAnsweredAction'),
      }}
    />
  );
}

/**
 * `/respond/:token/questionnaire/:characteristicId?`: the same questionnaire as the members',
 * one characteristic at a time, saved through the link (read-only once closed).
 */
export default function RespondQuestionnairePage() {
  const { token = '', characteristicId } = useParams();
  const query = useInvitedResponse(token, { fresh: false });
  if (query.error && !query.data)
    return <LinkProblemView error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageFallback />;
  return (
    <LinkQuestionnaire
      key={token}
      token={token}
      response={query.data}
      characteristicId={characteristicId}
    />
  );
}
