import { useTranslation } from 'react-i18next';
import type { TitleDetail } from '../../api/contract/catalogue';
import { useLibraryInfo } from '../../api/queries/library-info';
import { formatDate } from '../../lib/format-date';
import { currentLanguage } from '../../lib/i18n/i18n';
import { localized } from '../../lib/localized';

type Holding = TitleDetail['holdings'][number];

/**
 * 所蔵一覧: one row per copy. Explicit roles keep it a table for screen readers when a phone
 * shows each row as a stacked card.
 */
export function HoldingsTable({ holdings }: { holdings: readonly Holding[] }) {
  const { t, i18n } = useTranslation('catalog');
  const branches = useLibraryInfo().data?.branches ?? [];
  const branchName = (id: string) => {
    const branch = branches.find((item) => item.id === id);
    return branch ? localized(branch.name, i18n.language) : id;
  };
  const columns = {
    copyId: t('detail.columns.copyId'),
    branch: t('detail.columns.branch'),
    shelf: t('detail.columns.shelf'),
    status: t('detail.columns.status'),
  };

  return (
    <table className="holdings" role="table">
      <caption className="visually-hidden">{t('detail.holdingsCaption')}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th role="columnheader" scope="col">
            {columns.copyId}
          </th>
          <th role="columnheader" scope="col">
            {columns.branch}
          </th>
          <th role="columnheader" scope="col">
            {columns.shelf}
          </th>
          <th role="columnheader" scope="col">
            {columns.status}
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {holdings.map((holding) => (
          <tr role="row" key={holding.copyId} className={`holding holding-${holding.status}`}>
            <td role="cell" className="mono">
              <span className="cell-label" aria-hidden="true">
                {columns.copyId}
              </span>
              {holding.copyId}
            </td>
            <td role="cell">
              <span className="cell-label" aria-hidden="true">
                {columns.branch}
              </span>
              {branchName(holding.branchId)}
            </td>
            <td role="cell">
              <span className="cell-label" aria-hidden="true">
                {columns.shelf}
              </span>
              {holding.shelf}
            </td>
            <td role="cell">
              <span className="cell-label" aria-hidden="true">
                {columns.status}
              </span>
              <span>
                <span className={`holding-status holding-status-${holding.status}`}>{t(`detail.holdingStatus.${holding.status}`)}</span>
                {holding.status === 'on-loan' && holding.dueDate ? (
                  <span className="holding-due">
                    {t('detail.dueBack')} <span className="holding-due-date">{formatDate(holding.dueDate, currentLanguage())}</span>
                  </span>
                ) : null}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
