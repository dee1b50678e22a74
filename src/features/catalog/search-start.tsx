import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../lib/paths';
import { SimpleSearchForm } from './simple-search-form';
import './catalog.css';

/** 蔵書検索 before any search: the keyword box, 詳細蔵書検索, and lists to browse. */
export function SearchStart({ onSearch }: { onSearch: (keyword: string) => void }) {
  const { t } = useTranslation('catalog');
  const ways = [
    { href: paths.newArrivals(), name: t('landing.newArrivals'), hint: t('landing.newArrivalsHint') },
    { href: paths.ranking('loans'), name: t('landing.loanRanking'), hint: t('landing.loanRankingHint') },
    { href: paths.ranking('reservations'), name: t('landing.reservationRanking'), hint: t('landing.reservationRankingHint') },
  ];
  return (
    <div className="search-start">
      <p className="lead">{t('landing.lead')}</p>
      <SimpleSearchForm label={t('landing.searchLabel')} onSearch={onSearch} />
      <p className="search-start-advanced">
        <Link to={paths.advancedSearch()}>{t('landing.advanced')}</Link>
        <span className="help">{t('landing.advancedHint')}</span>
      </p>
      <section aria-labelledby="search-start-browse">
        <h2 id="search-start-browse" className="section-title">
          {t('landing.browse')}
        </h2>
        <ul className="browse-links">
          {ways.map((way) => (
            <li key={way.href}>
              <Link to={way.href}>{way.name}</Link>
              <span className="help">{way.hint}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
