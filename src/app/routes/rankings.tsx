import { NavLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RankingKind } from '../../api/contract/catalogue';
import { PageTitle } from '../../components/page-title';
import { RankingView } from '../../features/catalog/ranking-view';
import { paths } from '../../lib/paths';
import { addToCartActions } from './catalog-parts';
import { NotFoundRoute } from './not-found';

/** 貸出ベスト and 予約ベスト as two tabs, each its own address. */
export function RankingsRoute() {
  const { t } = useTranslation('catalog');
  const kind = RankingKind.safeParse(useParams().kind);
  if (!kind.success) return <NotFoundRoute />;
  return (
    <>
      <PageTitle>{t(`rankings.${kind.data}`)}</PageTitle>
      <nav className="tabs" aria-label={t('rankings.tabs')}>
        <ul>
          {RankingKind.options.map((option) => (
            <li key={option}>
              <NavLink to={paths.ranking(option)}>{t(`rankings.${option}`)}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="tab-panel">
        <RankingView key={kind.data} kind={kind.data} actions={addToCartActions} />
      </div>
    </>
  );
}
