import type { UseQueryResult } from '@tanstack/react-query';
import { App, Button, Popconfirm, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  useBenchmarkingActions,
  type ConsortiumDetail,
  type ConsortiumMember,
} from '../../api/benchmarking.js';
import { DataTable } from '../../components/DataTable.js';
import { ErrorAlert, errorMessage } from '../../components/ErrorAlert.js';
import { formatDate } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { OrganisationName, organisationName } from '../../components/OrganisationName.js';
import { bandName } from './comparison-logic.js';

/**
 * The member cities of a consortium as its organiser sees them: who they are, what they agreed to
 * and how many results they share, never their levels. The organiser can remove a member.
 */
export function MembersTable({
  organisationId,
  consortiumId,
  query,
  headingId,
}: {
  organisationId: string;
  consortiumId: string;
  query: UseQueryResult<ConsortiumDetail>;
  headingId: string;
}) {
  const { t } = useTranslation('benchmarking');
  const lang = useLang();
  const { message } = App.useApp();
  const actions = useBenchmarkingActions(organisationId);
  const yesNo = (value: boolean) => (value ? t('members.yes') : t('members.no'));

  const remove = async (member: ConsortiumMember) => {
    try {
      await actions.removeMember(consortiumId, member.organisationId);
      void message.success(t('members.removed', { name: organisationName(member, lang) }));
    } catch (e) {
      void message.error(errorMessage(e, t('common:errors.unknown')));
    }
  };

  return (
    <>
      <Typography.Title level={4} id={headingId}>
        {t('members.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted cm-bm-text">
        {t('members.intro')}
      </Typography.Paragraph>
      {query.isError ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <DataTable<ConsortiumMember>
          labelledBy={headingId}
          rowKey={(m) => m.organisationId}
          loading={query.isPending}
          rows={query.data?.members}
          empty={t('members.empty')}
          columns={[
            {
              key: 'name',
              rowHeader: true,
              title: t('members.columns.city'),
              render: (m) => <OrganisationName organisation={m} />,
            },
            {
              key: 'where',
              title: t('members.columns.where'),
              render: (m) => [m.country, m.region].filter(Boolean).join(' · '),
            },
            {
              key: 'band',
              title: t('members.columns.band'),
              render: (m) => bandName(m.populationBand, lang),
            },
            {
              key: 'kind',
              title: t('members.columns.kind'),
              render: (m) => t(`organisation:kinds.${m.kind}`),
            },
            {
              key: 'sharing',
              title: t('members.columns.sharing'),
              render: (m) => t(`consent.sharing.${m.sharing}.short`),
            },
            { key: 'named', title: t('members.columns.named'), render: (m) => yesNo(m.named) },
            {
              key: 'contactable',
              title: t('members.columns.contactable'),
              render: (m) => yesNo(m.contactable),
            },
            {
              key: 'joined',
              title: t('members.columns.joined'),
              render: (m) => formatDate(m.joinedAt, lang),
            },
            {
              key: 'shares',
              title: t('members.columns.shares'),
              align: 'right',
              render: (m) => m.shares,
            },
            {
              key: 'remove',
              title: <span className="cm-visually-hidden">{t('members.columns.actions')}</span>,
              render: (m) => (
                <Popconfirm
                  title={t('members.removeConfirm', { name: organisationName(m, lang) })}
                  description={<p className="cm-bm-confirm">{t('members.removeExplained')}</p>}
                  okText={t('members.remove')}
                  cancelText={t('create.cancel')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => void remove(m)}
                >
                  <Button danger size="small">
                    {t('members.remove')}
                    <span className="cm-visually-hidden"> {organisationName(m, lang)}</span>
                  </Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
