import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page's heading, also written into the tab's title so that screen readers announce the page.
 * `focus`: the page is the next step of something the patron just did (a confirmation, a
 * result), so reading starts again at its heading rather than wherever the last button was.
 */
export function PageTitle({ children, focus = false }: { children: string; focus?: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} | ${t('app.name')}`;
  }, [children, t]);
  useLayoutEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h1 ref={ref} className="page-title" tabIndex={focus ? -1 : undefined}>
      {children}
    </h1>
  );
}
