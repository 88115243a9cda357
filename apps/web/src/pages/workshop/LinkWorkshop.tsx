import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { linkWorkshopSource } from '../../api/workshop.js';
import WorkshopFollower from './WorkshopFollower.js';

/**
 * The live workshop on an invited stakeholder's link page (`/respond/<token>`): the characteristic
 * the facilitator is on, read through the link, updated live, no controls.
 */
export default function LinkWorkshop({ token }: { token: string }) {
  const { t } = useTranslation('workshop');
  const source = useMemo(() => linkWorkshopSource(token), [token]);
  return (
    <section aria-label={t('link.label')} className="cm-w-link">
      <p className="cm-w-eyebrow">{t('link.label')}</p>
      <p>{t('link.intro')}</p>
      <WorkshopFollower source={source} />
    </section>
  );
}
