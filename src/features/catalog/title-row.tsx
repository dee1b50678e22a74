import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TitleSummary } from '../../api/contract/catalogue';
import type { TitleLinkState } from './catalog-links';
import { AvailabilityText, fullTitle, MaterialTypeLabel, ReasonBadge } from './title-status';

interface TitleRowProps {
  title: TitleSummary;
  href: string;
  linkState: TitleLinkState;
  /** Shown before the title, e.g. the rank. */
  lead?: ReactNode;
  /** Shown under the status, e.g. how often it was borrowed. */
  note?: ReactNode;
  /** The row's checkbox; absent when the list offers no selection or the title cannot be reserved. */
  selection?: { checked: boolean; onChange: (checked: boolean) => void };
  /** Whether the list has a checkbox column, so that rows without one stay aligned. */
  selectable: boolean;
}

/** One title in a list: the title as a link to 資料詳細, who made it, and whether it is on the shelf. */
export function TitleRow({ title, href, linkState, lead, note, selection, selectable }: TitleRowProps) {
  const { t } = useTranslation('catalog');
  const titleId = useId();
  return (
    <li className={selectable ? 'title-row title-row-selectable' : 'title-row'}>
      {selectable ? (
        <div className="title-row-select">
          {selection ? (
            // The label only widens the touch target; the title names the checkbox.
            <label className="title-row-check">
              <input
                type="checkbox"
                aria-labelledby={titleId}
                checked={selection.checked}
                onChange={(event) => selection.onChange(event.target.checked)}
              />
            </label>
          ) : null}
        </div>
      ) : null}
      <div className="title-row-body">
        {lead}
        <h3 className="title-row-title">
          <Link id={titleId} to={href} state={linkState}>
            {fullTitle(title)}
          </Link>
        </h3>
        <p className="title-row-meta">
          <span>{title.author}</span>
          <span>{title.publisher}</span>
          <span>{t('year', { year: title.year })}</span>
          <MaterialTypeLabel title={title} />
        </p>
        <p className="title-row-status">
          <AvailabilityText title={title} />
          {/* An e-text already says 電子テキスト as its material type; the badge would only repeat it. */}
          {title.notReservableReason !== 'etext' ? <ReasonBadge title={title} /> : null}
        </p>
        {note}
      </div>
    </li>
  );
}
