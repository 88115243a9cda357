import { CloudDownloadOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { backupHref } from '../../api/exchange.js';
import { Panel } from '../../components/Panel.js';

/**
 * For organisation administrators: the backup of the whole organisation as one file (streamed;
 * the browser shows the download's progress), what is in it and how it is restored.
 */
export function BackupSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('exchange');
  return (
    <section className="cm-section" aria-labelledby="backup">
      <Panel>
        <Typography.Title level={2} id="backup">
          {t('backup.title')}
        </Typography.Title>
        <p>{t('backup.intro')}</p>
        <ul className="cm-ex-facts">
          <li>{t('backup.contents')}</li>
          <li>{t('backup.passwords')}</li>
          <li>
            {t('backup.restoreBefore')} <code>citymaturity restore</code> {t('backup.restoreAfter')}
          </li>
        </ul>
        <div className="cm-actions">
          <a href={backupHref(organisationId)} download className="cm-link-button">
            <CloudDownloadOutlined aria-hidden /> {t('backup.download')}
          </a>
        </div>
        <p className="cm-muted cm-ex-note">{t('backup.note')}</p>
      </Panel>
    </section>
  );
}
