import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client/api-error';
import type { SearchQuery } from '../api/contract/catalogue';
import type { SimPatronView, SimPersona, SimTitleView } from '../api/contract/simulation';
import { searchCatalogueQuery } from '../api/queries/catalogue';
import { LoadError } from '../components/load-error';
import { Loading } from '../components/loading';
import { useErrorMessage } from '../lib/error-message';
import { CounterOutcome } from './counter-outcome';
import { useBranchName, useHeldStateLabel } from './event-sentence';
import { useCounterTitle } from './get-counter-title';
import type { useCounterAction } from './use-counter-action';

interface CounterTitleProps {
  titleId: string | null;
  onChoose: (titleId: string) => void;
  /** The patron chosen above, whom 貸出 and 窓口で予約 are for. */
  patron: SimPatronView | null;
  personas: SimPersona[];
  action: ReturnType<typeof useCounterAction>;
}

/** A title at the counter: found through the catalogue search, then its copies, to lend, reserve, receive or mark lost. */
export function CounterTitle({ titleId, onChoose, patron, personas, action }: CounterTitleProps) {
  const { t } = useTranslation('demo');
  const id = useId();
  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('counter.titleHeading')}</h3>
      <TitleFinder onChoose={onChoose} />
      <CounterOutcome action={action} source="title" />
      {titleId ? <TitleLoader titleId={titleId} patron={patron} personas={personas} action={action} /> : null}
    </section>
  );
}

const pageSize = 10;

/** The public catalogue search, as the search page asks it (the same cache). */
function useTitleSearch(q: string) {
  const query: SearchQuery = { q, pageSize };
  return useQuery({ ...searchCatalogueQuery(query), enabled: q !== '' });
}

function TitleFinder({ onChoose }: { onChoose: (titleId: string) => void }) {
  const { t } = useTranslation('demo');
  const id = useId();
  const errorMessage = useErrorMessage();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [empty, setEmpty] = useState(false);
  const search = useTitleSearch(q);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setEmpty(typed.trim() === '');
    setQ(typed.trim());
  };

  return (
    <div className="demo-subsection">
      <form className="demo-inline-form" role="search" aria-label={t('counter.search')} onSubmit={submit} noValidate>
        <div className={`demo-field${empty ? ' field-invalid' : ''}`}>
          <label htmlFor={`${id}-q`}>{t('counter.searchLabel')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={typed}
            aria-invalid={empty ? true : undefined}
            aria-describedby={empty ? `${id}-q-error` : undefined}
            onChange={(event) => setTyped(event.target.value)}
          />
          {empty ? (
            <p id={`${id}-q-error`} className="field-error">
              {t('counter.searchEmpty')}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button button-small">
          {t('counter.searchButton')}
        </button>
      </form>
      {q === '' ? null : search.data ? (
        search.data.items.length === 0 ? (
          <p className="help">{t('counter.noResults')}</p>
        ) : (
          <ul className="demo-rows" aria-label={t('counter.results')}>
            {search.data.items.map((item) => {
              const name = item.volumeLabel ? `${item.title} ${item.volumeLabel}` : item.title;
              return (
                <li key={item.id} className="demo-item demo-item-compact">
                  <p className="demo-item-title">
                    {name}
                    <span className="demo-item-by"> {item.author}</span>
                  </p>
                  <button type="button" className="button button-small" onClick={() => onChoose(item.id)}>
                    {t('counter.pick')}
                    <span className="visually-hidden">{t('panel.named', { name: name })}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )
      ) : search.isError ? (
        <LoadError message={errorMessage(search.error)} onRetry={() => void search.refetch()} />
      ) : (
        <Loading />
      )}
    </div>
  );
}

function TitleLoader({ titleId, ...rest }: { titleId: string } & Omit<CounterTitleProps, 'titleId' | 'onChoose'>) {
  const { t } = useTranslation('demo');
  const errorMessage = useErrorMessage();
  const title = useCounterTitle(titleId);
  if (title.data) return <TitleView title={title.data} {...rest} />;
  if (title.isError) {
    if (isApiError(title.error, 'NOT_FOUND')) return <p className="empty">{t('errors.notFound')}</p>;
    return <LoadError message={errorMessage(title.error)} onRetry={() => void title.refetch()} />;
  }
  return <Loading />;
}

function TitleView({ title, patron, personas, action }: { title: SimTitleView } & Omit<CounterTitleProps, 'titleId' | 'onChoose'>) {
  const { t } = useTranslation('demo');
  const { t: tApp } = useTranslation('catalog');
  const id = useId();
  const branchName = useBranchName();
  const heldStateLabel = useHeldStateLabel();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const busy = action.isPending;
  const who = (cardNumber: string) => personas.find((persona) => persona.cardNumber === cardNumber)?.name ?? cardNumber;

  // A title chosen from a list further up: reading goes on at its heading.
  useLayoutEffect(() => {
    headingRef.current?.focus();
  }, [title.titleId]);

  return (
    <div className="demo-subsection">
      <h4 ref={headingRef} tabIndex={-1} className="demo-focus-target">
        {title.title}
      </h4>
      <p className="help">{t('counter.queue', { count: title.reservations.length })}</p>
      {title.reservations.length > 0 ? (
        <p className="demo-item-facts">
          {title.reservations.map((reservation) => (
            <span key={reservation.reservationId} className="demo-queue-entry">
              {t('counter.queueEntry', {
                who: who(reservation.cardNumber),
                state: heldStateLabel(reservation.state, reservation.heldUntil),
              })}
            </span>
          ))}
        </p>
      ) : null}
      <div className="demo-item-actions">
        {patron ? (
          <>
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => action.mutate({ source: 'title', action: 'lend', cardNumber: patron.cardNumber, titleId: title.titleId })}
            >
              {t('counter.lendTo', { name: patron.name })}
            </button>
            <button
              type="button"
              className="button button-small"
              disabled={busy}
              onClick={() => action.mutate({ source: 'title', action: 'reserve', cardNumber: patron.cardNumber, titleId: title.titleId })}
            >
              {t('counter.reserveFor', { name: patron.name })}
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="button button-small"
          disabled={busy}
          onClick={() => action.mutate({ source: 'title', action: 'receive', titleId: title.titleId })}
        >
          {t('counter.receiveNew')}
        </button>
      </div>
      {patron ? null : <p className="help">{t('counter.choosePatronFirst')}</p>}
      <h5 id={`${id}-copies`}>{t('counter.copies', { count: title.copies.length })}</h5>
      {title.copies.length === 0 ? (
        <p className="help">{t('counter.noCopies')}</p>
      ) : (
        <ul className="demo-rows" aria-labelledby={`${id}-copies`}>
          {title.copies.map((copy) => (
            <li key={copy.copyId} className="demo-item demo-item-compact">
              <p className="demo-item-facts">
                <span className="mono">{copy.copyId}</span>
                <span>{branchName(copy.branchId)}</span>
                <span className={`demo-state demo-copy-${copy.status}`}>{tApp(`detail.holdingStatus.${copy.status}`)}</span>
                {copy.cardNumber ? <span>{who(copy.cardNumber)}</span> : null}
              </p>
              {copy.status === 'lost' ? null : (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={() => action.mutate({ source: 'title', action: 'lose', copyId: copy.copyId })}
                >
                  {t('counter.lose')}
                  <span className="visually-hidden">{t('panel.named', { name: copy.copyId })}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
