import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/types.js';
import { formatNumber } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { OrganisationName } from '../../components/OrganisationName.js';
import { TableRegion } from '../../components/TableRegion.js';

/** Every organisation of the installation (platform administrators; no access to their data). */
export function AllOrganisations({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation('home');
  const lang = useLang();
  return (
    <section className="cm-section" aria-labelledby="all-organisations">
      <Typography.Title level={2} id="all-organisations">
        {t('all.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted">{t('all.note')}</Typography.Paragraph>
      <TableRegion labelledBy="all-organisations">
      <Table<Organisation>
        rowKey="id"
        size="small"
        pagination={organisations.length > 20 ? { pageSize: 20 } : false}
        dataSource={organisations}
        locale={{ emptyText: t('all.empty') }}
        columns={[
          {
            key: 'name',
            title: t('all.name'),
            render: (_, o) => <OrganisationName organisation={o} />,
          },
          {
            key: 'kind',
            title: t('organisation:facts.kind'),
            render: (_, o) => t(`organisation:kinds.${o.kind}`),
          },
          { key: 'country', title: t('organisation:facts.country'), dataIndex: 'country' },
          {
            key: 'region',
            title: t('organisation:facts.region'),
            render: (_, o) => o.region ?? '—',
          },
          {
            key: 'population',
            title: t('organisation:facts.population'),
            align: 'right',
            render: (_, o) => (o.population === null ? '—' : formatNumber(o.population, lang)),
          },
        ]}
      />
      </TableRegion>
    </section>
  );
}
