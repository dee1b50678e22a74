import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Shelf, ShelfItem, ShelfList } from '../../api/contract/shelves';
import { useLibraryTerms } from '../../api/queries/library-info';
import { Alert } from '../../components/alert';
import { formatShortDate } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { paths } from '../../lib/paths';
import { ShelfSettings } from './shelf-settings';
import { itemName, useShelfFailure, useShelfName } from './shelf-words';
import { useChangeShelfItem, useRemoveFromShelf, useSetReadMark } from './use-shelf-changes';

/** What the shelf offers for the titles ticked on it: 予約カートへ (the app fills it in). */
export type ShelfCartAction = (titleIds: string[], clearSelection: () => void) => ReactNode;

type Sort = 'added' | 'title' | 'author';

const collator = new Intl.Collator('ja');
const sorters: Record<Sort, (a: ShelfItem, b: ShelfItem) => number> = {
  // The library answers the items newest first.
  added: () => 0,
  title: (a, b) => collator.compare(itemName(a), itemName(b)),
  author: (a, b) => collator.compare(a.saved.author, b.saved.author) || collator.compare(itemName(a), itemName(b)),
};

interface ShelfViewProps {
  shelf: Shelf;
  list: ShelfList;
  /** 読書マラソン counts 読了 marks: each item may be marked. */
  marksRead: boolean;
  cartAction: ShelfCartAction;
}

/** One shelf: its titles sorted as the patron asks, each with its note, a move, 読了 and a way off; ticked ones go to the cart. */
export function ShelfView({ shelf, list, marksRead, cartAction }: ShelfViewProps) {
  const { t } = useTranslation('shelves');
  const id = useId();
  const terms = useLibraryTerms();
  const shelfName = useShelfName();
  const [sort, setSort] = useState<Sort>('added');
  const [selected, setSelected] = useState<readonly string[]>([]);
  const [news, setNews] = useState<string | null>(null);
  const items = [...shelf.items].sort(sorters[sort]);
  const ticked = selected.filter((titleId) => shelf.items.some((item) => item.titleId === titleId));

  return (
    <section className="shelf" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {shelfName(shelf)} <span className="shelf-count">{t('count', { count: shelf.items.length })}</span>
      </h2>
      <ShelfSettings shelf={shelf} />
      {news ? <Alert tone="success">{news}</Alert> : null}
      {shelf.items.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <>
          <div className="shelf-toolbar">
            <div className="shelf-sort">
              <label htmlFor={`${id}-sort`}>{t('sort.label')}</label>
              <select id={`${id}-sort`} value={sort} onChange={(event) => setSort(event.target.value as Sort)}>
                {(['added', 'title', 'author'] as const).map((value) => (
                  <option key={value} value={value}>
                    {t(`sort.${value}`)}
                  </option>
                ))}
              </select>
            </div>
            <p className="help">{t('toCart', terms)}</p>
            <span aria-live="polite">{ticked.length > 0 ? t('selected', { count: ticked.length }) : null}</span>
            {cartAction([...ticked], () => setSelected([]))}
          </div>
          <ul className="shelf-items" aria-labelledby={`${id}-heading`}>
            {items.map((item) => (
              <ShelfItemRow
                key={item.titleId}
                item={item}
                shelf={shelf}
                list={list}
                marksRead={marksRead}
                ticked={ticked.includes(item.titleId)}
                onTick={(checked) =>
                  setSelected((current) => (checked ? [...current, item.titleId] : current.filter((titleId) => titleId !== item.titleId)))
                }
                onNews={setNews}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface ShelfItemRowProps {
  item: ShelfItem;
  shelf: Shelf;
  list: ShelfList;
  marksRead: boolean;
  ticked: boolean;
  onTick: (checked: boolean) => void;
  onNews: (news: string) => void;
}

function ShelfItemRow({ item, shelf, list, marksRead, ticked, onTick, onNews }: ShelfItemRowProps) {
  const { t } = useTranslation('shelves');
  const id = useId();
  const failureMessage = useShelfFailure();
  const shelfName = useShelfName();
  const change = useChangeShelfItem();
  const remove = useRemoveFromShelf();
  const read = useSetReadMark();
  const name = itemName(item);
  const others = list.shelves.filter((other) => other.id !== shelf.id);
  const [note, setNote] = useState(item.note);
  const [moveTo, setMoveTo] = useState(others[0]?.id ?? '');
  const language = currentLanguage();
  const failure = change.error ?? remove.error ?? read.error;

  return (
    <li className="shelf-item">
      <div className="shelf-item-head">
        <input
          type="checkbox"
          aria-label={t('item.select', { title: name })}
          checked={ticked}
          onChange={(event) => onTick(event.target.checked)}
        />
        <div>
          <p className="shelf-item-title">{item.inCatalogue ? <Link to={paths.title(item.titleId)}>{name}</Link> : name}</p>
          <p className="help">
            {item.saved.author} ・ {t('item.saved', { date: formatShortDate(item.addedAt, language) })}
            {item.readAt ? ` ・ ${t('item.readOn', { date: formatShortDate(item.readAt, language) })}` : null}
          </p>
          {item.inCatalogue ? null : <p className="shelf-item-gone">{t('item.gone')}</p>}
        </div>
      </div>
      <form
        className="shelf-item-note"
        onSubmit={(event) => {
          event.preventDefault();
          change.mutate({ shelfId: shelf.id, titleId: item.titleId, change: { note } }, { onSuccess: () => onNews(t('item.noteSaved')) });
        }}
      >
        <label htmlFor={`${id}-note`}>{t('item.note')}</label>
        <input
          id={`${id}-note`}
          maxLength={200}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-label={t('item.noteFor', { title: name })}
        />
        <button type="submit" className="button button-small" disabled={change.isPending || note === item.note}>
          {t('item.noteSave')}
        </button>
      </form>
      <div className="shelf-item-actions">
        {others.length > 0 ? (
          <form
            className="shelf-item-move"
            onSubmit={(event) => {
              event.preventDefault();
              const target = others.find((other) => other.id === moveTo);
              if (!target) return;
              change.mutate(
                { shelfId: shelf.id, titleId: item.titleId, change: { shelfId: target.id } },
                { onSuccess: () => onNews(t('item.moved', { title: name, shelf: shelfName(target) })) },
              );
            }}
          >
            <select aria-label={t('item.moveFor', { title: name })} value={moveTo} onChange={(event) => setMoveTo(event.target.value)}>
              {others.map((other) => (
                <option key={other.id} value={other.id}>
                  {shelfName(other)}
                </option>
              ))}
            </select>
            <button type="submit" className="button button-small" disabled={change.isPending}>
              {t('item.moveSubmit')}
            </button>
          </form>
        ) : null}
        {marksRead ? (
          <label className="shelf-item-read">
            <input
              type="checkbox"
              checked={item.readAt !== null}
              disabled={read.isPending}
              onChange={(event) => read.mutate({ titleId: item.titleId, read: event.target.checked })}
            />
            {t('item.read')}
          </label>
        ) : null}
        <button
          type="button"
          className="button button-small"
          aria-label={t('item.removeFor', { title: name })}
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate({ shelfId: shelf.id, titleId: item.titleId }, { onSuccess: () => onNews(t('item.removed', { title: name })) })
          }
        >
          {t('item.remove')}
        </button>
      </div>
      {failure ? (
        <Alert tone="error">
          <p>{t('failed')}</p>
          <p>{failureMessage(failure, list.limits)}</p>
        </Alert>
      ) : null}
    </li>
  );
}
