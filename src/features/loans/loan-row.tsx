import { useId, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { LoanItem } from '../../api/contract/loans';
import { CardCell } from '../../components/card-cell';
import { RowAction } from '../../components/row-action';
import { paths } from '../../lib/paths';
import { loanName, type LoanColumn, type LoanWords } from './use-loan-words';

interface LoanRowProps {
  item: LoanItem;
  /**
   * The list's words, worked out once for all its rows: a hook per row (translations, the
   * library's words) cost more than the row itself in a list of 200.
   */
  t: TFunction<'loan'>;
  words: LoanWords;
  label: (column: LoanColumn) => string;
  /** The library renews only at its counter (p000): no 貸出延長 on any row, its sentence above the list says so. */
  counterOnly: boolean;
  /** The library cannot be reached: 貸出延長 is disabled, described by the banner. */
  offline: boolean;
}

/** One cell of 貸出状況 (a card per loan on a phone). */
function Cell(props: { column: LoanColumn; label: string; children: ReactNode; className?: string }) {
  return <CardCell prefix="loan" {...props} />;
}

/** 延滞 said in a word beside a warning sign, never by colour alone. */
function OverdueMark({ days, t }: { days: number; t: TFunction<'loan'> }) {
  return (
    <span className="loan-overdue-mark">
      <span className="loan-overdue-word">
        <svg className="loan-overdue-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M8 1 15 14H1z" fill="currentColor" />
          <path d="M7.25 5.5h1.5v4.5h-1.5zM7.25 11h1.5v1.5h-1.5z" fill="#fff" />
        </svg>
        {t('overdue')}
      </span>
      <span className="loan-overdue-days">{t('overdueDays', { count: days })}</span>
    </span>
  );
}

/**
 * A loan in 貸出状況: 資料コード, the title with its volume, 貸出日, 返却期限日, 予約 有 when others
 * wait, 延滞 when overdue, 貸出館, 区分 — and 貸出延長, or the same words disabled with the reason,
 * beside it or in 注意 where the library says it there (p001).
 */
export function LoanRow({ item, t, words, label, counterOnly, offline }: LoanRowProps) {
  const whyId = useId();
  const { renew } = item.actions;
  const ownReason = !renew.allowed && renew.reason && !counterOnly ? words.refusal(renew.reason) : null;
  const describedBy = renew.allowed ? undefined : ownReason ? whyId : undefined;
  const why = ownReason ? (
    <span id={whyId} className="loan-why">
      {ownReason}
    </span>
  ) : null;
  const name = loanName(item);

  return (
    <tr role="row" className={`loan${item.overdue ? ' loan-overdue' : ''}`}>
      <Cell column="copyId" label={label('copyId')}>
        <span className="mono">{item.copyId}</span>
      </Cell>
      <Cell column="title" label={label('title')}>
        <a href={paths.title(item.titleId)}>{name}</a>
      </Cell>
      <Cell column="loanedAt" label={label('loanedAt')}>
        {words.shortDate(item.loanedAt)}
      </Cell>
      <Cell column="dueDate" label={label('dueDate')} className={item.overdue ? 'loan-due-passed' : undefined}>
        {words.shortDate(item.dueDate)}
        {item.renewals > 0 ? <span className="loan-renewed">{t('renewed')}</span> : null}
      </Cell>
      <Cell column="reserved" label={label('reserved')}>
        {item.reserved ? t('reservedYes') : null}
      </Cell>
      <Cell column="note" label={label('note')}>
        {item.overdue || (words.refusalInNote && why) ? (
          <>
            {item.overdue ? <OverdueMark days={item.overdueDays} t={t} /> : null}
            {words.refusalInNote ? why : null}
          </>
        ) : null}
      </Cell>
      <Cell column="branch" label={label('branch')}>
        {words.branch(item.branchId)}
      </Cell>
      <Cell column="materialType" label={label('materialType')}>
        {words.materialType(item.materialType)}
      </Cell>
      {counterOnly ? null : (
        <Cell column="actions" label={label('actions')}>
          <span className="loan-actions">
            <RowAction allowed={renew.allowed} offline={offline} href={paths.loanRenew(item.id)} describedBy={describedBy}>
              {words.renew}
              <span className="visually-hidden">{t('list.forTitle', { title: name })}</span>
            </RowAction>
            {words.refusalInNote ? null : why}
          </span>
        </Cell>
      )}
    </tr>
  );
}
