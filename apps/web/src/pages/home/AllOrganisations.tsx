import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/types.js';
import { formatNumber } from '../../components/format.js';
import { useLang } from '../../components/lang.js';
import { OrganisationName } from '../../components/OrganisationName.js';
import { DataTable } from '../../components/DataTable.js';

/** Every organisation of the installation (platform administrators; no access to their data). */
export function AllOrganisations({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation('home');
  const lang = useLang();
  return (
    <section className="cm-section">
      <Typography.Title level={2} id="all-organisations">
        {t('all.title')}
      </Typography.Title>
      <Typography.Paragraph className="cm-muted">{t('all.note')}</Typography.Paragraph>
      <DataTable<Organisation>
        labelledBy="all-organisations"
        rowKey={(o) => o.id}
        rows={organisations}
        empty={t('all.empty')}
        columns={[
          {
            key: 'name',
            rowHeader: true,
            title: t('all.name'),
            render: (o) => <OrganisationName organisation={o} />,
          },
          {
            key: 'kind',
            title: t('organisation:facts.kind'),
            render: (o) => t(`organisation:kinds.${o.kind}`),
          },
          { key: 'country', title: t('organisation:facts.country'), render: (o) => o.country },
          {
            key: 'region',
            title: t('organisation:facts.region'),
            render: (o) => o.region ?? '—',
          },
          {
            key: 'population',
            title: t('organisation:facts.population'),
            align: 'right',
            render: (o) => (o.population === null ? '—' : formatNumber(o.population, lang)),
          },
        ]}
      />
    </section>
  );
}
