import { useTranslation } from 'react-i18next';
import { reviewsWorkbookHref } from '../../../api/programme-reviews.js';
import { useLang } from '../../../components/lang.js';
import { useProgramme } from '../useProgramme.js';

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
