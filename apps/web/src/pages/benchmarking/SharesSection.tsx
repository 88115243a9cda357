import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  useBenchmarkingActions,
  type ConsortiumMembershipDetail,
  type ShareableAssessment,
} from '../../api/benchmarking.js';
import { useMaturityModel } from '../../api/model.js';
import { DataTable } from '../../components/DataTable.js';
import { errorMessage } from '../../components/ErrorAlert.js';
import { formatDate, formatDateTime } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { findMethod } from '../../components/methods.js';
import { ResultSection } from '../results/sections/ResultSection.js';

/**
 * The city's assessments and what it shares with the consortium: share or withdraw each eligible
 * submitted one; the others say in words why they cannot be shared.
 */
export function SharesSection({
  organisationId,
  detail,
  canManage,
}: {
  organisationId: string;
  detail: ConsortiumMembershipDetail;
  canManage: boolean;
}) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const model = useMaturityModel();
  const { message } = App.useApp();
  const actions = useBenchmarkingActions(organisationId);
  const [busy, setBusy] = useState<string>();
  const consortiumId = detail.consortium.id;
  const shared = detail.assessments.filter((a) => a.sharedAt !== null).length;

  const change = async (assessment: ShareableAssessment, share: boolean) => {
    setBusy(assessment.id);
    try {
      if (share) await actions.share(consortiumId, assessment.id);
      else await actions.withdraw(consortiumId, assessment.id);
      void message.success(
        t(share ? 'shares.shared' : 'shares.withdrawn', { title: assessment.title }),
      );
    } catch (e) {
      void message.error(errorMessage(e, t('common:errors.unknown')));
    } finally {
      setBusy(undefined);
    }
  };

  const status = (a: ShareableAssessment) => {
    if (a.sharedAt !== null)
      return <strong>{t('shares.sharedOn', { date: formatDateTime(a.sharedAt, lang) })}</strong>;
    if (a.refusal === 'not-submitted') return t('shares.refusal.not-submitted');
    if (a.refusal === 'not-eligible')
      return t(`shares.refusal.not-eligible-${detail.consent.sharing}`);
    return t('shares.notShared');
  };

  return (
    <ResultSection
      id="shares"
      title={t('shares.title')}
      intro={
        <>
          <p>{t('shares.intro', { count: detail.consortium.minPeerCities })}</p>
          <p>{shared === 0 ? t('shares.giveToGet') : t('shares.count', { count: shared })}</p>
        </>
      }
    >
      <DataTable<ShareableAssessment>
        labelledBy="shares-heading"
        rowKey={(a) => a.id}
        rows={detail.assessments}
        empty={t('shares.empty')}
        columns={[
          {
            key: 'title',
            rowHeader: true,
            title: t('shares.columns.assessment'),
            render: (a) =>
              a.refusal === 'not-submitted' ? (
                a.title
              ) : (
                <Link to={`/organisations/${organisationId}/assessments/${a.id}/results`}>
                  {a.title}
                </Link>
              ),
          },
          { key: 'date', title: t('shares.columns.date'), render: (a) => formatDate(a.date, lang) },
          {
            key: 'method',
            title: t('shares.columns.method'),
            render: (a) => findMethod(model?.pack, a.method)?.method.name[lang] ?? a.method,
          },
          {
            key: 'audited',
            title: t('shares.columns.audited'),
            render: (a) => (a.audited ? t('members.yes') : t('members.no')),
          },
          { key: 'status', title: t('shares.columns.status'), render: status },
          ...(canManage
            ? [
                {
                  key: 'action',
                  title: <span className="cm-visually-hidden">{t('shares.columns.action')}</span>,
                  render: (a: ShareableAssessment) =>
                    a.sharedAt !== null ? (
                      <Button
                        size="small"
                        loading={busy === a.id}
                        disabled={busy !== undefined}
                        onClick={() => void change(a, false)}
                      >
                        {t('shares.withdraw')}
                        <span className="cm-visually-hidden"> {a.title}</span>
                      </Button>
                    ) : a.refusal === null ? (
                      <Button
                        size="small"
                        type="primary"
                        loading={busy === a.id}
                        disabled={busy !== undefined}
                        onClick={() => void change(a, true)}
                      >
                        {t('shares.share')}
                        <span className="cm-visually-hidden"> {a.title}</span>
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </ResultSection>
  );
}
