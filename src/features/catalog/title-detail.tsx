import { useId, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TitleDetail } from '../../api/contract/catalogue';
import { isApiError } from '../../api/client/api-error';
import { useLibraryLabel } from '../../api/queries/library-info';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { backLinkOf, type TitleLinkState } from './catalog-links';
import { useTitle } from './get-title';
import { HoldingsTable } from './holdings-table';
import { AvailabilityText, fullTitle, ReasonBadge } from './title-status';
import './catalog.css';

interface TitleDetailViewProps {
  titleId: string;
  /** 予約かごへ for a title that may be reserved (the app fills it in). */
  reserveAction: ReactNode;
  /** What a patron may do with any title, reservable or not (My本棚に保存). */
  keepAction?: ReactNode;
}

/** 資料詳細: the record, the series, where every copy is, and 予約かごへ or why not. */
export function TitleDetailView({ titleId, reserveAction, keepAction }: TitleDetailViewProps) {
  const { t } = useTranslation('catalog');
  const libraryLabel = useLibraryLabel();
  const errorMessage = useErrorMessage();
  const location = useLocation();
  const back = backLinkOf(location.state);
  const title = useTitle(titleId);

  const backLink = back ? (
    <p className="back-link">
      <Link to={back.href}>{t(`detail.back.${back.kind}`)}</Link>
    </p>
  ) : null;

  if (title.isPending) {
    return (
      <>
        {backLink}
        <PageTitle>{t('detail.eyebrow')}</PageTitle>
        <Loading />
      </>
    );
  }
  if (title.isError) {
    if (isApiError(title.error, 'NOT_FOUND')) {
      return (
        <>
          {backLink}
          <PageTitle>{t('detail.notFound')}</PageTitle>
          <p className="empty">{t('detail.notFoundBody')}</p>
          <p>
            <Link to={paths.search()}>{t('detail.toSearch')}</Link>
          </p>
        </>
      );
    }
    return (
      <>
        {backLink}
        <PageTitle>{t('detail.eyebrow')}</PageTitle>
        <LoadError message={errorMessage(title.error)} onRetry={() => void title.refetch()} />
      </>
    );
  }

  const detail = title.data;
  const linkState: TitleLinkState = back ? { back } : {};
  return (
    <article className="title-detail">
      {backLink}
      <p className="eyebrow">{t('detail.eyebrow')}</p>
      <PageTitle>{fullTitle(detail)}</PageTitle>
      <p className="reading">
        <span className="reading-term">{t('detail.reading')}</span>
        {detail.titleReading}
      </p>
      <div className="detail-layout">
        <section className="detail-status" aria-labelledby="detail-status-title">
          <h2 id="detail-status-title">{t('detail.status')}</h2>
          <StatusFigures detail={detail} />
          {detail.notReservableReason ? <NotReservable detail={detail} /> : <div className="reserve">{reserveAction}</div>}
          {keepAction}
          {detail.notReservableReason === null ? (
            <p className="help">{t('detail.reserveHint', { cart: libraryLabel('nav.cart', 'nav.cart') })}</p>
          ) : null}
        </section>
        <section className="detail-record" aria-labelledby="detail-record-title">
          <h2 id="detail-record-title">{t('detail.bibliography')}</h2>
          <Bibliography detail={detail} />
          {detail.series ? <SeriesVolumes series={detail.series} currentId={detail.id} linkState={linkState} /> : null}
        </section>
      </div>
      <section className="detail-holdings" aria-labelledby="detail-holdings-title">
        <h2 id="detail-holdings-title">{t('detail.holdings')}</h2>
        {detail.holdings.length > 0 ? <HoldingsTable holdings={detail.holdings} /> : <p className="empty">{t('detail.noHoldings')}</p>}
      </section>
    </article>
  );
}

function StatusFigures({ detail }: { detail: TitleDetail }) {
  const { t } = useTranslation('catalog');
  return (
    <p className="status-figures">
      <AvailabilityText title={detail} />
      {detail.availability.copies > 0 ? <span>{t('detail.copies', { count: detail.availability.copies })}</span> : null}
      {detail.availability.reservations === 0 && detail.notReservableReason === null ? <span>{t('detail.queueNone')}</span> : null}
    </p>
  );
}

/** In place of 予約かごへ: why this title cannot be reserved, and what the patron can do instead. */
function NotReservable({ detail }: { detail: TitleDetail }) {
  const { t } = useTranslation('catalog');
  const reason = detail.notReservableReason!;
  return (
    <div className={`not-reservable not-reservable-${reason}`}>
      <p>
        <ReasonBadge title={detail} /> {t(`detail.reasonText.${reason}`)}
      </p>
      {reason === 'etext' && detail.etextUrl ? (
        <p>
          <a className="button button-primary etext-link" href={detail.etextUrl} target="_blank" rel="noopener noreferrer">
            {t('detail.readEtext')}
            <span className="etext-link-note">{t('detail.newWindow')}</span>
          </a>
        </p>
      ) : null}
    </div>
  );
}

function Bibliography({ detail }: { detail: TitleDetail }) {
  const { t } = useTranslation('catalog');
  const rows: [string, ReactNode][] = [];
  if (detail.volumeLabel) rows.push([t('detail.volume'), detail.volumeLabel]);
  rows.push([
    t('detail.author'),
    <>
      {detail.author}
      <span className="reading-inline">（{detail.authorReading}）</span>
    </>,
  ]);
  rows.push([t('detail.publisher'), detail.publisher]);
  rows.push([t('detail.year'), t('year', { year: detail.year })]);
  if (detail.isbn) rows.push([t('detail.isbn'), <span className="mono">{detail.isbn}</span>]);
  rows.push([t('detail.ndc'), detail.ndc]);
  rows.push([t('detail.materialType'), t(`materialType.${detail.materialType}`)]);
  return (
    <dl className="bibliography">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

interface SeriesVolumesProps {
  series: NonNullable<TitleDetail['series']>;
  currentId: string;
  linkState: TitleLinkState;
}

/** Every volume of the series in order, the one on show marked as the current page. */
function SeriesVolumes({ series, currentId, linkState }: SeriesVolumesProps) {
  const { t } = useTranslation('catalog');
  const headingId = useId();
  return (
    <nav className="series" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('detail.series', { title: series.title })}</h3>
      <ol>
        {series.volumes.map((volume) => {
          const current = volume.id === currentId;
          const label = volume.volumeLabel ?? (volume.volumeNumber ? t('detail.volumeNumber', { number: volume.volumeNumber }) : null);
          return (
            <li key={volume.id}>
              <Link
                to={paths.title(volume.id)}
                state={linkState}
                aria-current={current ? 'page' : undefined}
                className={current ? 'series-current' : undefined}
              >
                {fullTitle({ title: volume.title, volumeLabel: label })}
              </Link>
              {current ? <span className="series-current-note">{t('detail.currentVolume')}</span> : null}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
