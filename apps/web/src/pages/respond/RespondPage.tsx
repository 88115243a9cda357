import {
  ArrowRightOutlined,
  EyeInvisibleOutlined,
  LockOutlined,
  SaveOutlined,
} from '@ant-design/icons';
import { usesConsensus } from '@citymaturity/core';
import { Alert } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import {
  respondQuestionnairePath,
  useInvitedResponse,
  type InvitedResponse,
} from '../../api/respond.js';
import { PageFallback } from '../../app/PageFallback.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { ProgressLine } from '../../components/ProgressLine.js';
import { usePageTitle } from '../../components/usePageTitle.js';
import '../../components/components.css';
import { FinishControl } from './FinishControl.js';
import { LinkProblemView } from './LinkProblemView.js';
import { RespondHeader } from './RespondHeader.js';
import { answerAction, closedReason, linkProblemOf, mayRetry } from './respond-logic.js';
import './respond.css';

// The charts load only once there are results to show.
const RespondResults = lazy(() => import('./RespondResults.js'));
// A facilitated workshop under way: the stakeholder follows it live (see pages/workshop).
const LinkWorkshop = lazy(() => import('../workshop/LinkWorkshop.js'));

/** Why the answers can no longer change, with the way to read them. */
function ClosedNotice({ token, response }: { token: string; response: InvitedResponse }) {
  const { t } = useTranslation('respond');
  const lang = useLang();
  const reason = closedReason(response);
  if (!reason) return null;
  const { revealedAt } = response.assessment;
  return (
    <Alert
      type="info"
      showIcon
      role="note"
      title={t(`closed.${reason}Title`)}
      description={
        <>
          <p className="cm-respond-tight">
            {t(`closed.${reason}`, {
              date: revealedAt ? formatDateTime(revealedAt, lang) : '',
            })}
          </p>
          <Link to={respondQuestionnairePath(token)}>{t('actions.read')}</Link>
        </>
      }
    />
  );
}

/** How the rating works: blind, saved as you go, a personal link. */
function HowItWorks() {
  const { t } = useTranslation('respond');
  const points = [
    { key: 'blind', icon: <EyeInvisibleOutlined aria-hidden /> },
    { key: 'autosave', icon: <SaveOutlined aria-hidden /> },
    { key: 'private', icon: <LockOutlined aria-hidden /> },
  ];
  return (
    <section aria-labelledby="respond-how" className="cm-respond-box">
      <h2 id="respond-how">{t('how.heading')}</h2>
      <ul className="cm-plain-list cm-respond-points">
        {points.map((p) => (
          <li key={p.key}>
            <span className="cm-respond-point-icon">{p.icon}</span>
            <div>
              <h3>{t(`how.${p.key}Title`)}</h3>
              <p>{t(`how.${p.key}`)}</p>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The stakeholder's answers so far, and the way into the questionnaire. */
function AnswersSection({ token, response }: { token: string; response: InvitedResponse }) {
  const { t } = useTranslation('respond');
  const action = answerAction(response.progress, response.editable);
  return (
    <section aria-labelledby="respond-answers" className="cm-respond-box">
      <h2 id="respond-answers">{t('answers.heading')}</h2>
      <p>{t('answers.intro', { total: response.progress.total })}</p>
      <ProgressLine progress={response.progress} />
      <div className="cm-respond-start">
        <Link
          to={respondQuestionnairePath(token)}
          className="cm-link-button cm-link-button-primary"
        >
          {t(`actions.${action}`)} <ArrowRightOutlined aria-hidden />
        </Link>
      </div>
    </section>
  );
}

function RespondOverview({ token, response }: { token: string; response: InvitedResponse }) {
  usePageTitle(response.assessment.title);
  const revealed = response.assessment.revealed;
  return (
    <div className="cm-page cm-respond">
      <RespondHeader response={response} />
      <ClosedNotice token={token} response={response} />
      {revealed ? (
        <Suspense fallback={<PageFallback />}>
          {usesConsensus(response.assessment.method) && response.assessment.status === 'draft' && (
            <LinkWorkshop token={token} />
          )}
          <RespondResults token={token} />
        </Suspense>
      ) : (
        <>
          <AnswersSection token={token} response={response} />
          {response.editable && <FinishControl token={token} response={response} />}
          <HowItWorks />
        </>
      )}
    </div>
  );
}

/**
 * `/respond/:token`: the page an invited stakeholder opens from their personal link, without an
 * account. Before the reveal: who invites, how it works, progress, the way into the
 * questionnaire and "I have finished"; after it: the results. A dead link says what to do.
 */
export default function RespondPage() {
  const { token = '' } = useParams();
  const query = useInvitedResponse(token, { fresh: true });
  // A link withdrawn or expired while the page is open shows so on the next reading.
  const dead = query.error instanceof ApiError && !mayRetry(linkProblemOf(query.error));
  if (query.error && (!query.data || dead))
    return <LinkProblemView error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageFallback />;
  return <RespondOverview token={token} response={query.data} />;
}
