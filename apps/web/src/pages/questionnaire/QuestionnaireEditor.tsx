import { UnorderedListOutlined } from '@ant-design/icons';
import type { ModelIndex } from '@citymaturity/model';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Drawer, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { put } from '../../api/client.js';
import type {
  AssessmentDetail,
  Progress,
  Rating,
  Respondent,
  ResponseData,
} from '../../api/types.js';
import { useLang } from '../../components/lang.js';
import { ProgressLine } from '../../components/ProgressLine.js';
import { assessmentPath } from '../../components/queries.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import { questionnairePath } from '../assessment/questionnaire-link.js';
import { CharacteristicForm } from './CharacteristicForm.js';
import { Navigator } from './Navigator.js';
import { Pager } from './Pager.js';
import {
  countAnswered,
  emptyRating,
  firstUnanswered,
  toRatingInput,
} from './questionnaire-logic.js';
import { SaveStatus } from './SaveStatus.js';
import { useAutosave } from './useAutosave.js';

/** One response being answered (or read): navigator, the current characteristic, autosave. */
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
  const lang = useLang();
  const navigate = useNavigate();
  const client = useQueryClient();
  const headingRef = useRef<HTMLElement>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { organisationId, id: assessmentId } = assessment;
  const ids = useMemo(() => index.characteristics.map((c) => c.id), [index]);
  const readOnly = !response.editable;
  const linkTo = useCallback(
    (id: string) => questionnairePath(organisationId, assessmentId, respondent.id, id),
    [organisationId, assessmentId, respondent.id],
  );

  const save = useCallback(
    async (id: string, rating: Rating) => {
      const result = await put<{ progress: Progress }>(
        `${assessmentPath(organisationId, assessmentId)}/respondents/${respondent.id}/ratings/${id}`,
        toRatingInput(rating),
      );
      // Keep the cached response and progress in step, so that coming back shows the answers.
      client.setQueryData<ResponseData>(
        ['response', organisationId, assessmentId, respondent.id],
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
    [client, organisationId, assessmentId, respondent.id],
  );
  const { ratings, state, update, retry } = useAutosave(response.ratings, save);

  const entry = characteristicId ? index.characteristicById.get(characteristicId) : undefined;
  const answered = countAnswered(ids, ratings);
  usePageTitle(entry ? `${entry.id} ${entry.characteristic.name[lang]}` : t('title'));

  // Without a characteristic in the address: resume at the first one not yet answered.
  useEffect(() => {
    if (characteristicId) return;
    const first = firstUnanswered(ids, response.ratings);
    if (first) void navigate(linkTo(first), { replace: true });
  }, [characteristicId, ids, response.ratings, navigate, linkTo]);

  // Moving to another characteristic: start at its top and tell screen readers where we are.
  useEffect(() => {
    if (!characteristicId) return;
    window.scrollTo({ top: 0 });
    headingRef.current?.focus({ preventScroll: true });
  }, [characteristicId]);

  const navigator = (onNavigate?: () => void) => (
    <Navigator
      index={index}
      lang={lang}
      ratings={ratings}
      currentId={entry?.id}
      linkTo={linkTo}
      {...(onNavigate ? { onNavigate } : {})}
    />
  );

  return (
    <div className="cm-page cm-q-page">
      <div className="cm-q-top">
        <Link to={`/organisations/${organisationId}/assessments/${assessmentId}`}>
          ← {assessment.title}
        </Link>
        <p className="cm-muted cm-q-respondent">{t('respondent', { name: respondent.name })}</p>
        <div className="cm-q-status-row">
          <ProgressLine progress={{ answered, total: ids.length }} />
          {!readOnly && <SaveStatus state={state} onRetry={() => void retry()} />}
          <Button
            className="cm-q-drawer-button"
            icon={<UnorderedListOutlined aria-hidden />}
            aria-expanded={drawerOpen}
            onClick={() => {
              setDrawerOpen(true);
            }}
          >
            {t('navigator.open', { answered, total: ids.length })}
          </Button>
        </div>
        {readOnly && (
          <Alert
            type="info"
            showIcon
            role="note"
            title={
              assessment.status === 'submitted' ? t('readOnly.submitted') : t('readOnly.notYours')
            }
          />
        )}
      </div>
      <div className="cm-q-layout">
        <aside className="cm-q-aside">{navigator()}</aside>
        <div className="cm-q-main">
          {entry ? (
            <>
              <CharacteristicForm
                index={index}
                entry={entry}
                lang={lang}
                rating={ratings[entry.id] ?? emptyRating}
                readOnly={readOnly}
                headingRef={headingRef}
                onAnswer={(question, value) => {
                  update(entry.id, (r) => ({ ...r, [question]: value }), true);
                }}
                onText={(text) => {
                  update(entry.id, (r) => ({ ...r, evidence: { ...r.evidence, text } }), false);
                }}
                onLinks={(links) => {
                  update(entry.id, (r) => ({ ...r, evidence: { ...r.evidence, links } }), true);
                }}
              />
              <Pager
                ids={ids}
                currentId={entry.id}
                ratings={ratings}
                linkTo={linkTo}
                assessmentLink={`/organisations/${organisationId}/assessments/${assessmentId}`}
                readOnly={readOnly}
              />
            </>
          ) : characteristicId ? (
            <>
              <Typography.Title level={1}>{t('title')}</Typography.Title>
              <Alert
                type="warning"
                showIcon
                title={t('unknownCharacteristic', { id: characteristicId })}
              />
            </>
          ) : null}
        </div>
      </div>
      <Drawer
        title={t('navigator.label')}
        placement="left"
        open={drawerOpen}
        onClose={() => {
          setDrawerOpen(false);
        }}
        size={320}
      >
        {navigator(() => {
          setDrawerOpen(false);
        })}
      </Drawer>
    </div>
  );
}
