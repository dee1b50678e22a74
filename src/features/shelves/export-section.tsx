import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLibraryInfo } from '../../api/queries/library-info';
import { useLoanHistory } from '../../api/queries/loans';
import { useShelves } from '../../api/queries/shelves';
import { downloadFile } from '../../lib/download-file';
import { exportRows, toCsv, toJson } from './export-data';
import { useShelfName } from './shelf-words';

const columns = ['kind', 'shelf', 'title', 'volume', 'author', 'note', 'addedAt', 'readAt', 'loanedAt', 'returnedAt', 'titleId'] as const;

/** データの書き出し: the patron's shelves and 貸出履歴 as a CSV (with a BOM, for Excel) or JSON, made in the browser from what the library answered. */
export function ExportSection() {
  const { t } = useTranslation('shelves');
  const id = useId();
  const library = useLibraryInfo();
  const shelves = useShelves(library.data?.features.shelves === true);
  const history = useLoanHistory();
  const shelfName = useShelfName();
  const ready = shelves.data !== undefined || history.data !== undefined;
  const words = {
    columns: columns.map((column) => t(`export.columns.${column}`)),
    shelfName,
    kinds: { shelf: t('export.kinds.shelf'), history: t('export.kinds.history') },
  };

  return (
    <section className="shelf-export" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('export.heading')}</h2>
      <p className="help">{t('export.lead')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={!ready}
          onClick={() => downloadFile('my-bookshelf.csv', 'text/csv;charset=utf-8', toCsv(exportRows(shelves.data, history.data, words)))}
        >
          {t('export.csv')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!ready}
          onClick={() => downloadFile('my-bookshelf.json', 'application/json', toJson(shelves.data, history.data))}
        >
          {t('export.json')}
        </button>
      </div>
    </section>
  );
}
