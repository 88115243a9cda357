import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the browser tab's title to "<title> · CityMaturity" while the page is shown (just the
 * application's name while the title is not known yet). Every page calls it: screen readers
 * announce the title on navigation, and printing uses it as the file name.
 */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation('common');
  const app = t('appName');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}
