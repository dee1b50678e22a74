import { useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { LibraryInfo } from '../../api/contract/library';
import type { ShelfList } from '../../api/contract/shelves';
import { useShelves } from '../../api/queries/shelves';
import { Alert } from '../../components/alert';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { newRequestId } from '../../lib/new-request-id';
import { paths } from '../../lib/paths';
import { ExportSection } from './export-section';
import { LoanHistorySection } from './loan-history';
import { ShelfView, type ShelfCartAction } from './shelf-view';
import { useShelfFailure, useShelfName } from './shelf-words';
import { useCreateShelf } from './use-shelf-changes';
import './shelves.css';

interface ShelvesPageProps {
  features: LibraryInfo['features'];
  cartAction: ShelfCartAction;
}

/** My本棚: the shelves (where the library offers them), 貸出履歴 (where it keeps one), and the patron's data to take away. */
export function ShelvesPage({ features, cartAction }: ShelvesPageProps) {
  return (
    <div className="shelves-page">
      {features.shelves ? <Shelves marksRead={features.readingMarathon && !features.loanHistory} cartAction={cartAction} /> : null}
      {features.loanHistory ? <LoanHistorySection /> : null}
      <ExportSection />
    </div>
  );
}

function Shelves({ marksRead, cartAction }: { marksRead: boolean; cartAction: ShelfCartAction }) {
  const { t } = useTranslation('shelves');
  const errorMessage = useErrorMessage();
  const shelfName = useShelfName();
  const shelves = useShelves();
  const [params] = useSearchParams();
  if (!shelves.data) {
    return shelves.isError ? <LoadError message={errorMessage(shelves.error)} onRetry={() => void shelves.refetch()} /> : <Loading />;
  }
  const list = shelves.data;
  const current = list.shelves.find((shelf) => shelf.id === params.get('shelf')) ?? list.shelves[0]!;
  // Marks whether what is shown may be out of date: the last read failed but an earlier one is still on show.
  const stale = shelves.isRefetchError;

  return (
    <>
      <p>{t('lead')}</p>
      <p className="help">{t('limits', list.limits)}</p>
      {stale ? <Alert tone="error">{errorMessage(shelves.error)}</Alert> : null}
      <nav className="shelf-chooser" aria-label={t('shelvesLabel')}>
        <ul>
          {list.shelves.map((shelf) => (
            <li key={shelf.id}>
              <Link to={paths.shelves(shelf.id)} aria-current={shelf.id === current.id ? 'page' : undefined} replace>
                {shelfName(shelf)} <span className="shelf-count">{t('count', { count: shelf.items.length })}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ShelfView key={current.id} shelf={current} list={list} marksRead={marksRead} cartAction={cartAction} />
      <CreateShelfForm list={list} />
    </>
  );
}

/** 本棚をつくる: a name, within the library's number of shelves (said before trying, and enforced by the library). */
function CreateShelfForm({ list }: { list: ShelfList }) {
  const { t } = useTranslation('shelves');
  const id = useId();
  const create = useCreateShelf();
  const failureMessage = useShelfFailure();
  const [name, setName] = useState('');
  // One request id for the name as typed: pressing again after a failure makes one shelf.
  const requestId = useRef(newRequestId());

  return (
    <section className="shelf-create" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('create.heading')}</h2>
      {list.create.allowed ? (
        <form
          className="shelf-inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate(
              { requestId: requestId.current, name: name.trim() },
              {
                onSuccess: () => {
                  requestId.current = newRequestId();
                  setName('');
                },
              },
            );
          }}
        >
          <label htmlFor={`${id}-name`}>{t('create.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={40}
            onChange={(event) => {
              setName(event.target.value);
              requestId.current = newRequestId();
            }}
          />
          <button type="submit" className="button" disabled={create.isPending || name.trim() === ''}>
            {create.isPending ? t('create.sending') : t('create.submit')}
          </button>
        </form>
      ) : (
        <p>{t('create.limit', { max: list.limits.maxShelves })}</p>
      )}
      {create.isSuccess ? <Alert tone="success">{t('create.done', { name: create.data.name })}</Alert> : null}
      {create.isError ? (
        <Alert tone="error">
          <p>{t('failed')}</p>
          <p>{failureMessage(create.error, list.limits)}</p>
        </Alert>
      ) : null}
    </section>
  );
}
