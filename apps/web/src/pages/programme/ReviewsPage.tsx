import { useTranslation } from 'react-i18next';
import { checklistCounts } from './programme-logic.js';
import { ReviewTool } from './reviews/ReviewTool.js';
import { useProgramme } from './useProgramme.js';

/**
 * Key success factor reviews (ISO 37106 clause 8, Annex B): the nine factors' checklist rated red,
 * amber or green at each periodic review, with a comment, the reviewer and the date; the trend of
 * each factor, the changes since the previous review, and the statements beside their ratings.
 */
export default function ReviewsPage() {
  const { t } = useTranslation('programme');
  const { pack } = useProgramme();
  const counts = checklistCounts(pack);
  return (
    <div className="cm-pg-content">
      <p className="cm-pg-intro">
        {t('reviews.intro')} {t('reviews.counts', counts)} {t('reviews.derivedExplained')}
      </p>
      <ReviewTool kind="key-success-factors" />
    </div>
  );
}
