import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title to "<title> · CityMaturity" while the page is shown. */
export function usePageTitle(title: string | undefined): void {
  const { t } = useTranslation('common');
  const app = t('appName');
  useEffect(() => {
    if (!title) return;
    // After the layout's own title effect (which runs after the page's on the same render).
    const timer = setTimeout(() => {
      document.title = `${title} · ${app}`;
    }, 0);
    return () => {
      clearTimeout(timer);
    };
  }, [title, app]);
}
