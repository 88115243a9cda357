import { EyeOutlined, LineChartOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { post } from '../../api/client.js';
import { useStakeholderProgress } from '../../api/stakeholders.js';
import type { AssessmentDetail } from '../../api/types.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { assessmentPath } from '../../components/queries.js';
import { totalsOf } from './progress-summary.js';

/**
 * The reveal: what it does (rating closes for everyone; every invited stakeholder sees the
 * results, groups below the minimum size hidden), where things stand, and the button, confirmed
 * first; once done, when it happened.
 */
export function RevealSection({ assessment }: { assessment: AssessmentDetail }) {
  const { t } = useTranslation('stakeholders');
  const lang = useLang();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  const { organisationId, id } = assessment;
  const progress = useStakeholderProgress(organisationId, id);
  const totals = totalsOf(progress.data?.groups ?? []);
  const may = (action: string) => assessment.actions.includes(action);
  const canReveal =
    assessment.status === 'draft' && assessment.revealedAt === null && may('assessments.reveal');
  const explanation = (
    <ul className="cm-sh-explain">
      <li>{t('reveal.closes')}</li>
      <li>{t('reveal.shows', { count: assessment.minGroupSize })}</li>
      <li>{t('reveal.final')}</li>
    </ul>
  );

  const reveal = () => {
    modal.confirm({
      title: t('reveal.confirmTitle'),
      content: (
        <>
          <p>
            {t('reveal.standing', {
              completed: totals.completed,
              invited: totals.invited,
              inProgress: totals.inProgress,
            })}
          </p>
          {explanation}
        </>
      ),
      okText: t('reveal.ok'),
      cancelText: t('cancel'),
      width: 560,
      onOk: async () => {
        try {
          const updated = await post<AssessmentDetail>(
            `${assessmentPath(organisationId, id)}/reveal`,
          );
          client.setQueryData(['assessment', organisationId, id], updated);
          await client.invalidateQueries({
            queryKey: ['stakeholder-progress', organisationId, id],
          });
          await client.invalidateQueries({ queryKey: ['assessments', organisationId] });
          void message.success(t('reveal.done'));
        } catch (e) {
          void message.error(errorMessage(e, t('common:errors.unknown')));
        }
      },
    });
  };

  return (
    <section className="cm-section" id="reveal" aria-labelledby="reveal-title">
      <Typography.Title level={2} id="reveal-title">
        {t('reveal.title')}
      </Typography.Title>
      {assessment.revealedAt !== null ? (
        <>
          <p className="cm-sh-state">
            <EyeOutlined aria-hidden />{' '}
            {t('reveal.revealedOn', { at: formatDateTime(assessment.revealedAt, lang) })}
          </p>
          <p className="cm-sh-prose">{t('reveal.afterNote', { count: assessment.minGroupSize })}</p>
        </>
      ) : (
        <>
          <p className="cm-sh-state">{t('reveal.notYet')}</p>
          <Typography.Paragraph className="cm-sh-prose">{t('reveal.intro')}</Typography.Paragraph>
          {explanation}
          {progress.data && (
            <p>
              {t('reveal.standing', {
                completed: totals.completed,
                invited: totals.invited,
                inProgress: totals.inProgress,
              })}
            </p>
          )}
        </>
      )}
      <div className="cm-actions">
        {canReveal && (
          <Button type="primary" icon={<EyeOutlined aria-hidden />} onClick={reveal}>
            {t('reveal.button')}
          </Button>
        )}
        {may('results.view') && (
          <Link
            to={`/organisations/${organisationId}/assessments/${id}/results`}
            className="cm-link-button"
          >
            <LineChartOutlined aria-hidden />{' '}
            {assessment.revealedAt === null ? t('reveal.provisional') : t('reveal.results')}
          </Link>
        )}
      </div>
      {!canReveal && assessment.revealedAt === null && assessment.status === 'draft' && (
        <p className="cm-muted">{t('reveal.notAllowed')}</p>
      )}
    </section>
  );
}
