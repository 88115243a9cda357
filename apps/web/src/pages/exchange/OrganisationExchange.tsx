import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Panel } from '../../components/Panel.js';
import { BackupSection } from './BackupSection.js';
import { ImportDocument } from './ImportDocument.js';
import { StartFromForms } from './StartFromForms.js';
import './exchange.css';

/**
 * On the organisation page (loaded after it): start an assessment from filled diagnostic forms or
 * from an assessment file (citymaturity/assessment@1), for those who may create assessments; the
 * backup of the whole organisation, for its administrators.
 */
export default function OrganisationExchange({
  organisationId,
  canImport,
  canBackUp,
}: {
  organisationId: string;
  canImport: boolean;
  canBackUp: boolean;
}) {
  const { t } = useTranslation('exchange');
  return (
    <>
      {canImport && (
        <section className="cm-section" aria-labelledby="import">
          <Panel>
            <Typography.Title level={2} id="import">
              {t('organisation.title')}
            </Typography.Title>
            <p className="cm-muted">{t('organisation.intro')}</p>
            <StartFromForms organisationId={organisationId} />
            <ImportDocument organisationId={organisationId} />
          </Panel>
        </section>
      )}
      {canBackUp && <BackupSection organisationId={organisationId} />}
    </>
  );
}
