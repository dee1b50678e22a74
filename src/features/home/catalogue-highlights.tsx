import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TitleSummary } from '../../api/contract/catalogue';
import { newArrivalsQuery, rankingQuery } from '../../api/queries/catalogue';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import './home.css';

/** How many titles each list shows on the top page; the list's own page has the rest. */
const SHOWN = 3;

type Highlight = 'newArrivals' | 'loans' | 'reservations';

interface HighlightTitles {
  isPending: boolean;
  error: unknown;
  data: TitleSummary[] | undefined;
  refetch: () => unknown;
}

function HighlightList({ kind, titles, href }: { kind: Highlight; titles: HighlightTitles; href: string }) {
  const { t } = useTranslation('home');
  const errorMessage = useErrorMessage();
  const heading = t(`highlights.${kind}`);
  return (
    <section className="highlight" aria-labelledby={`highlight-${kind}`}>
      <h3 id={`highlight-${kind}`}>{heading}</h3>
      {titles.isPending ? <Loading /> : null}
      {titles.error ? <LoadError message={errorMessage(titles.error)} onRetry={() => void titles.refetch()} /> : null}
      {titles.data ? (
        titles.data.length === 0 ? (
          <p className="help">{t('highlights.empty')}</p>
        ) : (
          <ol className="highlight-titles">
            {titles.data.map((title) => (
              <li key={title.id}>
                <Link to={paths.title(title.id)}>{title.title}</Link>
                {title.volumeLabel ? ` ${title.volumeLabel}` : null}
                <span className="highlight-author">{title.author}</span>
              </li>
            ))}
          </ol>
        )
      ) : null}
      <p>
        <Link to={href}>{t('highlights.more', { what: heading })}</Link>
      </p>
    </section>
  );
}

/** 新着資料, 貸出ベスト and 予約ベスト, a few titles each, with the way to each whole list. */
export function CatalogueHighlights() {
  const newArrivals = useQuery({
    ...newArrivalsQuery({ days: 30, materialType: null, page: 1, pageSize: SHOWN }),
    select: (answer) => answer.items,
  });
  const loans = useQuery({ ...rankingQuery('loans', null), select: (answer) => answer.items.slice(0, SHOWN).map((item) => item.title) });
  const reservations = useQuery({
    ...rankingQuery('reservations', null),
    select: (answer) => answer.items.slice(0, SHOWN).map((item) => item.title),
  });
  return (
    <div className="highlights">
      <HighlightList kind="newArrivals" titles={newArrivals} href={paths.newArrivals()} />
      <HighlightList kind="loans" titles={loans} href={paths.ranking('loans')} />
      <HighlightList kind="reservations" titles={reservations} href={paths.ranking('reservations')} />
    </div>
  );
}
