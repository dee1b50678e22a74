import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../lib/paths';
import { SimpleSearchForm } from './simple-search-form';
import './catalog.css';

/** 蔵書検索 before any search: the keyword box, 詳細蔵書検索, and lists to browse. */
export function SearchStart({ onSearch }: { onSearch: (keyword: string) => void }) {
  const { t } = useTranslation();
  const ways = [
    { href: paths.newArrivals(), name: t('catalog.landing.newArrivals'), hint: t('catalog.landing.newArrivalsHint') },
    { href: paths.ranking('loans'), name: t('catalog.landing.loanRanking'), hint: t('catalog.landing.loanRankingHint') },
    { href: paths.ranking('reservations'), name: t('catalog.landing.reservationRanking'), hint: t('catalog.landing.reservationRankingHint') },
  ];
  return (
    <div className="search-start">
      <p className="lead">{t('catalog.landing.lead')}</p>
      <SimpleSearchForm label={t('catalog.landing.searchLabel')} onSearch={onSearch} />
      <p className="search-start-advanced">
        <Link to={paths.advancedSearch()}>{t('catalog.landing.advanced')}</Link>
        <span className="help">{t('catalog.landing.advancedHint')}</span>
      </p>
      <section aria-labelledby="search-start-browse">
        <h2 id="search-start-browse" className="section-title">
          {t('catalog.landing.browse')}
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
