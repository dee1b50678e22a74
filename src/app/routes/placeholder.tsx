import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';

/** A section that is not built yet says so, instead of offering controls that do nothing. */
export function PlaceholderRoute({ titleKey, bodyKey }: { titleKey: string; bodyKey: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t(titleKey)}</PageTitle>
      <p className="empty">{t(bodyKey)}</p>
    </>
  );
}
