import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useProgramme } from '../useProgramme.js';

/**
 * Says that the page shows the standard's content only, what tracking will add once the
 * workspace's API is ready, and what the member's role will allow.
 */
export function ReadOnlyNotice({ what, tracking }: { what: string; tracking: string }) {
  const { t } = useTranslation('programme');
  const { canManage } = useProgramme();
  return (
    <Alert
      type="info"
      showIcon
      className="cm-pg-notice"
      title={t('workspace.readOnlyTitle')}
      description={
        <>
          <p>{t('workspace.readOnly', { what, tracking })}</p>
          <p>{canManage ? t('workspace.canManage') : t('workspace.canView')}</p>
        </>
      }
    />
  );
}
