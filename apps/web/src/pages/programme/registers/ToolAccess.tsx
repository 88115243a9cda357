import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { reviewsWorkbookHref } from '../../../api/programme-reviews.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';

/**
 * Says, to a member whose role may read the workspace but not change it, that this tool is
 * read-only for them and who may change it.
 */
export function ReadOnlyForRole({ what }: { what: string }) {
  const { t } = useTranslation('programme');
  const { canManage } = useProgramme();
  if (canManage) return null;
  return (
    <Alert
      type="info"
      showIcon
      className="cm-pg-notice"
      title={t('reviewTool.readOnlyTitle')}
      description={t('reviewTool.readOnly', { what })}
    />
  );
}

/**
 * The workbook of the key success factor reviews, the self-checks and the risk register (XLSX), in
 * the interface language.
 */
export function WorkbookLink() {
  const { t } = useTranslation('programme');
  const lang = useLang();
  const { organisationId } = useProgramme();
  return (
    <a href={reviewsWorkbookHref(organisationId, lang)} download className="cm-link-button">
      {t('reviewTool.download')}
    </a>
  );
}
