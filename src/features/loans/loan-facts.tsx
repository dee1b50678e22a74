import { useTranslation } from 'react-i18next';
import type { LoanItem } from '../../api/contract/loans';
import { loanName, useLoanWords } from './use-loan-words';

/** The loan a renewal is about, as its confirmation and its result show it; `newDueDate` stands out when given. */
export function LoanFacts({ item, newDueDate }: { item: LoanItem; newDueDate?: string | null }) {
  const { t } = useTranslation('loan');
  const words = useLoanWords();
  const label = words.column;
  return (
    <dl className="facts loan-facts">
      <div>
        <dt>{label('title')}</dt>
        <dd>{loanName(item)}</dd>
      </div>
      <div>
        <dt>{label('copyId')}</dt>
        <dd className="mono">{item.copyId}</dd>
      </div>
      <div>
        <dt>{label('materialType')}</dt>
        <dd>{words.materialType(item.materialType)}</dd>
      </div>
      <div>
        <dt>{label('branch')}</dt>
        <dd>{words.branch(item.branchId)}</dd>
      </div>
      <div>
        <dt>{label('loanedAt')}</dt>
        <dd>{words.date(item.loanedAt)}</dd>
      </div>
      <div>
        <dt>{label('dueDate')}</dt>
        <dd>{words.date(item.dueDate)}</dd>
      </div>
      {newDueDate ? (
        <div className="loan-facts-new">
          <dt>{t('renew.newDueDate')}</dt>
          <dd>{words.date(newDueDate)}</dd>
        </div>
      ) : null}
    </dl>
  );
}
