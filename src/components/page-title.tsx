import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's heading, also written into the tab's title so that screen readers announce the page. */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${children} | ${t('app.name')}`;
  }, [children, t]);
  return <h1 className="page-title">{children}</h1>;
}
