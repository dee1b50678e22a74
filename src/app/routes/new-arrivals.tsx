import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';
import { NewArrivalsView } from '../../features/catalog/new-arrivals';
import { addToCartActions } from './catalog-parts';

/** 新着資料 */
export function NewArrivalsRoute() {
  const { t } = useTranslation('catalog');
  return (
    <>
      <PageTitle>{t('newArrivals.title')}</PageTitle>
      <NewArrivalsView actions={addToCartActions} />
    </>
  );
}
