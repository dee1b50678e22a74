import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client/api-error';
import type { SimPatronView, SimPersona } from '../api/contract/simulation';
import { LoadError } from '../components/load-error';
import { Loading } from '../components/loading';
import { useErrorMessage } from '../lib/error-message';
import { formatShortDate } from '../lib/format-date';
import { currentLanguage } from '../lib/i18n/i18n';
import { CounterOutcome } from './counter-outcome';
import { useBranchName, useHeldStateLabel } from './event-sentence';
import { useCounterPatron } from './get-counter-patron';
import type { useCounterAction } from './use-counter-action';

interface CounterPatronProps {
  personas: SimPersona[];
  cardNumber: string | null;
  onChoose: (cardNumber: string) => void;
  onOpenTitle: (titleId: string) => void;
  action: ReturnType<typeof useCounterAction>;
}

/** The patron at the counter: a demo patron in one choice, or any card; then their loans and reservations. */
export function CounterPatron({ personas, cardNumber, onChoose, onOpenTitle, action }: CounterPatronProps) {
  const { t } = useTranslation('demo');
  const id = useId();
  return (
    <section className="demo-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('counter.patronHeading')}</h3>
      <PatronPicker key={cardNumber} personas={personas} cardNumber={cardNumber} onChoose={onChoose} />
      <CounterOutcome action={action} source="patron" />
      {cardNumber ? <PatronLoader cardNumber={cardNumber} onOpenTitle={onOpenTitle} action={action} /> : null}
    </section>
  );
}

function PatronPicker({ personas, cardNumber, onChoose }: Pick<CounterPatronProps, 'personas' | 'cardNumber' | 'onChoose'>) {
  const { t } = useTranslation('demo');
  const id = useId();
  const [typed, setTyped] = useState(cardNumber ?? '');
  const isPersona = personas.some((persona) => persona.cardNumber === cardNumber);

  const show = (event: FormEvent) => {
    event.preventDefault();
    const card = typed.normalize('NFKC').replace(/\D/g, '');
    if (card) onChoose(card);
  };

  return (
    <div className="demo-picker">
      <div className="demo-field">
        <label htmlFor={`${id}-persona`}>{t('counter.choose')}</label>
        <select
          id={`${id}-persona`}
          value={isPersona ? (cardNumber ?? '') : ''}
          onChange={(event) => event.target.value && onChoose(event.target.value)}
        >
          <option value="">{t('counter.chooseNone')}</option>
          {personas.map((persona) => (
            <option key={persona.cardNumber} value={persona.cardNumber}>
              {t('counter.patron', { name: persona.name, card: persona.cardNumber })}
            </option>
          ))}
        </select>
      </div>
      <form className="demo-inline-form" onSubmit={show}>
        <div className="demo-field">
          <label htmlFor={`${id}-card`}>{t('counter.cardNumber')}</label>
          <input
            id={`${id}-card`}
            inputMode="numeric"
            autoComplete="off"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </div>
        <button type="submit" className="button button-small">
          {t('counter.show')}
        </button>
      </form>
    </div>
  );
}

function PatronLoader({ cardNumber, onOpenTitle, action }: { cardNumber: string } & Pick<CounterPatronProps, 'onOpenTitle' | 'action'>) {
  const { t } = useTranslation('demo');
  const errorMessage = useErrorMessage();
  const patron = useCounterPatron(cardNumber);
  if (patron.data) return <PatronView patron={patron.data} onOpenTitle={onOpenTitle} action={action} />;
  if (patron.isError) {
    if (isApiError(patron.error, 'NOT_FOUND')) return <p className="empty">{t('errors.patronNotFound')}</p>;
    return <LoadError message={errorMessage(patron.error)} onRetry={() => void patron.refetch()} />;
  }
  return <Loading />;
}

function PatronView({ patron, onOpenTitle, action }: { patron: SimPatronView } & Pick<CounterPatronProps, 'onOpenTitle' | 'action'>) {
  const { t } = useTranslation('demo');
  const id = useId();
  const language = currentLanguage();
  const branchName = useBranchName();
  const heldStateLabel = useHeldStateLabel();
  const busy = action.isPending;
  const forTitle = (title: string) => <span className="visually-hidden">{t('panel.named', { name: title })}</span>;

  return (
    <div className="demo-subsection">
      <p className="demo-strong">{t('counter.patron', { name: patron.name, card: patron.cardNumber })}</p>
      <h4 id={`${id}-loans`}>{t('counter.loans', { count: patron.loans.length })}</h4>
      {patron.loans.length === 0 ? (
        <p className="help">{t('counter.noLoans')}</p>
      ) : (
        <ul className="demo-rows" aria-labelledby={`${id}-loans`}>
          {patron.loans.map((loan) => (
            <li key={loan.loanId} className="demo-item">
              <p className="demo-item-title">{loan.title}</p>
              <p className="demo-item-facts">
                {t('counter.due', { date: formatShortDate(loan.dueDate, language) })}
                {loan.overdue ? <strong className="demo-overdue">{t('counter.overdue')}</strong> : null}
              </p>
              <div className="demo-item-actions">
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={() => action.mutate({ source: 'patron', action: 'return', loanId: loan.loanId })}
                >
                  {t('counter.return')}
                  {forTitle(loan.title)}
                </button>
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  onClick={() => action.mutate({ source: 'patron', action: 'lose', copyId: loan.copyId })}
                >
                  {t('counter.lose')}
                  {forTitle(loan.title)}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <h4 id={`${id}-reservations`}>{t('counter.reservations', { count: patron.reservations.length })}</h4>
      {patron.reservations.length === 0 ? (
        <p className="help">{t('counter.noReservations')}</p>
      ) : (
        <ul className="demo-rows" aria-labelledby={`${id}-reservations`}>
          {patron.reservations.map((reservation) => (
            <li key={reservation.reservationId} className="demo-item">
              <p className="demo-item-title">{reservation.title}</p>
              <p className="demo-item-facts">
                <span className={`demo-state demo-state-${reservation.state}`}>
                  {heldStateLabel(reservation.state, reservation.heldUntil)}
                </span>
                <span>{t('counter.pickup', { branch: branchName(reservation.pickupBranchId) })}</span>
              </p>
              <div className="demo-item-actions">
                {reservation.counterAction === 'lend' ? (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy}
                    onClick={() =>
                      action.mutate({ source: 'patron', action: 'lend', cardNumber: patron.cardNumber, titleId: reservation.titleId })
                    }
                  >
                    {t('counter.lend')}
                    {forTitle(reservation.title)}
                  </button>
                ) : null}
                {reservation.counterAction === 'receive' ? (
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy}
                    onClick={() => action.mutate({ source: 'patron', action: 'receive', titleId: reservation.titleId })}
                  >
                    {t('counter.receive')}
                    {forTitle(reservation.title)}
                  </button>
                ) : null}
                <button type="button" className="button button-small" onClick={() => onOpenTitle(reservation.titleId)}>
                  {t('counter.openTitle')}
                  {forTitle(reservation.title)}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
