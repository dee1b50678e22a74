import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title';
import { LibraryCardView } from '../../features/library-card/library-card-view';
import { OfferedFeature } from '../guards/offered-feature';

/** 利用者カード: its own page, so that nothing but the card fills a phone's screen at the counter. */
export function LibraryCardRoute() {
  const { t } = useTranslation('card');
  return (
    <OfferedFeature feature="libraryCard">
      <PageTitle>{t('title')}</PageTitle>
      <LibraryCardView />
    </OfferedFeature>
  );
}
