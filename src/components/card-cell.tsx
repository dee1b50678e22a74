import type { ReactNode } from 'react';

interface CardCellProps {
  column: string;
  /** The column's name, shown in the cell where the row is a card (a phone); the table's header says it at a desk. */
  label: string;
  /** The list's class prefix (reservation, loan): its stylesheet lays the cell out. */
  prefix: string;
  className?: string;
  children: ReactNode;
}

/**
 * One cell of a list that is a table at a desk and a card per row on a phone, where each cell
 * says what it is. An empty one shows a dash at the desk, nothing on a phone.
 */
export function CardCell({ column, label, prefix, className, children }: CardCellProps) {
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <td role="cell" className={[`col-${column}`, empty ? `${prefix}-cell-empty` : null, className].filter(Boolean).join(' ')}>
      <span className={`${prefix}-cell-label`} aria-hidden="true">
        {label}
      </span>
      {empty ? <span aria-hidden="true">—</span> : <span className={`${prefix}-cell-value`}>{children}</span>}
    </td>
  );
}
