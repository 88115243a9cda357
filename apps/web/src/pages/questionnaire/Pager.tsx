import { ArrowLeftOutlined, ArrowRightOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Rating } from '../../api/types.js';
import { countAnswered, neighbours, nextUnansweredAfter } from './questionnaire-logic.js';

/** Previous / next characteristic, where we are, and the way to finish. */
export function Pager({
  ids,
  currentId,
  ratings,
  linkTo,
  assessmentLink,
  readOnly,
  finishLabel,
  allAnsweredAction,
}: {
  ids: readonly string[];
  currentId: string;
  ratings: Readonly<Record<string, Rating>>;
  linkTo: (id: string) => string;
  assessmentLink: string;
  readOnly: boolean;
  /** The last page's way on (default: back to the assessment). */
  finishLabel?: string;
  /** What to do once everything is answered (default: submit the assessment). */
  allAnsweredAction?: string;
}) {
  const { t } = useTranslation('questionnaire');
  const { previous, next } = neighbours(ids, currentId);
  const allAnswered = countAnswered(ids, ratings) === ids.length;
  const nextOpen = readOnly ? undefined : nextUnansweredAfter(ids, ratings, currentId);
  return (
    <div className="cm-q-pager-wrap">
      {!readOnly && allAnswered && (
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('pager.allAnswered')}
          description={<Link to={assessmentLink}>{allAnsweredAction ?? t('pager.toSubmit')}</Link>}
        />
      )}
      <nav aria-label={t('pager.label')} className="cm-q-pager">
        {previous ? (
          <Link to={linkTo(previous)} className="cm-link-button" rel="prev">
            <ArrowLeftOutlined aria-hidden /> {t('pager.previous', { id: previous })}
          </Link>
        ) : (
          <span />
        )}
        <span className="cm-muted">
          {t('pager.position', { position: ids.indexOf(currentId) + 1, total: ids.length })}
        </span>
        {next ? (
          <Link to={linkTo(next)} className="cm-link-button cm-link-button-primary" rel="next">
            {t('pager.next', { id: next })} <ArrowRightOutlined aria-hidden />
          </Link>
        ) : (
          <Link to={assessmentLink} className="cm-link-button cm-link-button-primary">
            {finishLabel ?? t('pager.finish')} <ArrowRightOutlined aria-hidden />
          </Link>
        )}
      </nav>
      {nextOpen && nextOpen !== next && (
        <p className="cm-q-next-open">
          <Link to={linkTo(nextOpen)}>{t('pager.nextOpen', { id: nextOpen })}</Link>
        </p>
      )}
    </div>
  );
}
