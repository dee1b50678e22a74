import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TitleSummary } from '../../api/contract/catalogue';
import { useLibraryLabel } from '../../api/queries/library-info';
import { paths } from '../../lib/paths';
import type { BackLink } from './catalog-links';
import { TitleRow } from './title-row';
import { useMediaQuery } from './use-media-query';

interface TitleListEntry {
  title: TitleSummary;
  lead?: ReactNode;
  note?: ReactNode;
}

/** What a list offers for the titles ticked on it, e.g. 予約かごへ (the app fills it in). */
export type TitleListActions = (selectedIds: string[], clearSelection: () => void) => ReactNode;

interface TitleListProps {
  entries: readonly TitleListEntry[];
  /** The list's name for screen readers. */
  label: string;
  /** Where a detail page opened from this list returns to. */
  back: BackLink;
  actions?: TitleListActions;
  /** The next page is loading while this one stays on show. */
  busy?: boolean;
}

/**
 * 検索結果一覧 and the lists like it: a checkbox for every title that can be reserved, 全選択 for the
 * page, and the actions above the list (and below it too on a wide screen, where lists are long).
 */
export function TitleList({ entries, label, back, actions, busy = false }: TitleListProps) {
  const { t } = useTranslation('catalog');
  const libraryLabel = useLibraryLabel();
  const wide = useMediaQuery('(min-width: 48rem)');
  // In the order ticked: 上下巻 ticked 1, 2, 3 go into the cart (and a シリーズ予約) as 1, 2, 3, whatever order the page shows.
  const [selected, setSelected] = useState<readonly string[]>([]);
  const selectableIds = entries.filter((entry) => entry.title.notReservableReason === null).map((entry) => entry.title.id);
  const selectedIds = selected.filter((id) => selectableIds.includes(id));
  const withSelection = actions !== undefined && selectableIds.length > 0;
  const clear = () => setSelected([]);

  const toggle = (id: string, checked: boolean) =>
    setSelected((current) => (checked ? [...current.filter((item) => item !== id), id] : current.filter((item) => item !== id)));

  const toolbar = (position: 'top' | 'bottom') =>
    withSelection ? (
      <div className={`list-toolbar list-toolbar-${position}`}>
        <div className="list-toolbar-select">
          <SelectAll
            all={selectedIds.length === selectableIds.length}
            some={selectedIds.length > 0}
            onChange={(checked) => setSelected(checked ? selectableIds : [])}
          />
          <span className="list-toolbar-count" aria-live={position === 'top' ? 'polite' : undefined}>
            {selectedIds.length > 0
              ? t('list.selected', { count: selectedIds.length })
              : t('list.hint', { cart: libraryLabel('nav.cart', 'nav.cart') })}
          </span>
        </div>
        <div className="list-actions">{actions(selectedIds, clear)}</div>
      </div>
    ) : null;

  return (
    <div className="title-list-wrap">
      {toolbar('top')}
      <ol className={busy ? 'title-list title-list-busy' : 'title-list'} aria-label={label} aria-busy={busy || undefined}>
        {entries.map((entry) => (
          <TitleRow
            key={entry.title.id}
            title={entry.title}
            href={paths.title(entry.title.id)}
            linkState={{ back }}
            lead={entry.lead}
            note={entry.note}
            selectable={withSelection}
            selection={
              withSelection && entry.title.notReservableReason === null
                ? { checked: selectedIds.includes(entry.title.id), onChange: (checked) => toggle(entry.title.id, checked) }
                : undefined
            }
          />
        ))}
      </ol>
      {wide && entries.length > 5 ? toolbar('bottom') : null}
    </div>
  );
}

/** 全選択: ticks or clears every title of the page; shows a dash when only some are ticked. */
function SelectAll({ all, some, onChange }: { all: boolean; some: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation('catalog');
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some && !all;
  }, [some, all]);
  return (
    <label className="select-all">
      <input ref={ref} type="checkbox" checked={all} onChange={(event) => onChange(event.target.checked)} />
      {t('list.selectAll')}
    </label>
  );
}
