import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useLibraryLabel } from '../../api/queries/library-info';
import { paths } from '../../lib/paths';
import './reservations.css';

interface ReserveActionProps {
  selectedCount: number;
  /** Only a logged-in patron (with a password of their own) may place reservations. */
  loggedIn: boolean;
  onReserve: () => void;
  /** 順番を指定する, where the library's cart offers it (p004, seed 004: from the 予約カート). */
  onReserveInOrder?: () => void;
}

/**
 * 予約する in the cart's toolbar, for the ticked titles. When it cannot go on yet it stays in
 * place, disabled, and says what to do: tick a title, or log in (and come back here).
 */
export function ReserveAction({ selectedCount, loggedIn, onReserve, onReserveInOrder }: ReserveActionProps) {
  const { t } = useTranslation('reservation');
  const label = useLibraryLabel();
  const hintId = useId();
  // Login comes back to the cart this button is on.
  const loginHref = paths.login({ next: useLocation().pathname });
  const ready = loggedIn && selectedCount > 0;
  const buttons = [
    { label: label('cart.reserve', 'reservation:action.reserve'), primary: true, onClick: onReserve },
    ...(onReserveInOrder
      ? [{ label: label('reserve.ordered', 'reservation:place.ordered'), primary: false, onClick: onReserveInOrder }]
      : []),
  ];
  return (
    <>
      {buttons.map((button) => (
        <button
          key={button.label}
          type="button"
          className={button.primary ? 'button button-small button-primary' : 'button button-small'}
          disabled={!ready}
          aria-describedby={ready ? undefined : hintId}
          onClick={button.onClick}
        >
          {button.label}
        </button>
      ))}
      {ready ? null : (
        <p id={hintId} className="reserve-hint">
          {loggedIn ? (
            t('action.selectFirst')
          ) : (
            <>
              {t('action.loginFirst')} <Link to={loginHref}>{t('action.login')}</Link>
            </>
          )}
        </p>
      )}
    </>
  );
}
