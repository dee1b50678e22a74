import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MaterialType } from '../../api/contract/common';
import { useLibraryInfo, useLibraryLabel, useLibraryNotices, useLibraryTerms } from '../../api/queries/library-info';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';
import { useReservationLimitWords } from './reservation-limits';
import './library.css';

/**
 * 利用案内: what the library's help page tells its patrons, from the rules `GET /library` answers —
 * how many reservations (in all and per kind), the cart, what cannot be reserved, the pickup
 * period; how many loans, for how long, renewals; and the notices its page gives.
 */
export function LibraryGuide() {
  const { t } = useTranslation(['library', 'catalog']);
  const errorMessage = useErrorMessage();
  const library = useLibraryInfo();
  const terms = useLibraryTerms();
  const label = useLibraryLabel();
  const limitWords = useReservationLimitWords();
  const notices = useLibraryNotices('guide');
  if (library.isPending) return <Loading />;
  if (library.isError) return <LoadError message={errorMessage(library.error)} onRetry={() => void library.refetch()} />;
  const { reservations, loans, cart } = library.data;
  // The loans list in the library's own words (貸出状況, 貸出中一覧, 貸出一覧), as its renewals and notices name it.
  const loanList = label('mypage.tab.loans', 'mypage:tab.loans');
  const period = (days: number) => (days % 7 === 0 ? t('guide.weeks', { count: days / 7 }) : t('guide.days', { count: days }));
  const { pickupPeriod } = reservations;
  const typeNames = (types: MaterialType[]) => types.map((type) => t(`catalog:materialType.${type}`)).join(t('guide.typeSeparator'));

  return (
    <>
      <section className="guide-section" aria-labelledby="guide-reservations">
        <h2 id="guide-reservations">{t('guide.reservationsHeading')}</h2>
        <ul>
          {limitWords(library.data).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
          <li>{t('guide.cart', { cart: terms.cart, count: cart.maxItems })}</li>
          <li>
            {t('guide.pickup', {
              start: t(`guide.pickupStart.${pickupPeriod.from}`),
              period: pickupPeriod.skipsClosedDays ? t('guide.days', { count: pickupPeriod.days }) : period(pickupPeriod.days),
              notes: [
                pickupPeriod.countsStartDay ? t('guide.pickupStartDay') : '',
                pickupPeriod.skipsClosedDays ? t('guide.pickupSkipsClosedDays') : '',
              ].join(''),
            })}
          </li>
        </ul>
        {reservations.notReservable.length > 0 ? (
          <>
            <p>{t('guide.notReservableLead')}</p>
            <ul>
              {reservations.notReservable.map((reason) => (
                <li key={reason}>{t(`guide.notReservable.${reason}`)}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section className="guide-section" aria-labelledby="guide-loans">
        <h2 id="guide-loans">{t('guide.loansHeading')}</h2>
        <ul>
          {loans.limits.map((limit) =>
            limit.materialTypes.length === 0 ? (
              <li key="all">{t('guide.loanLimitAll', { count: limit.max })}</li>
            ) : (
              <li key={limit.materialTypes.join()}>
                {t('guide.loanLimitTypes', { types: typeNames(limit.materialTypes), count: limit.max })}
              </li>
            ),
          )}
          <li>{t('guide.loanPeriod', { period: period(loans.periodDays) })}</li>
          {loans.dueDateOnClosedDay === 'next-open-day' ? <li>{t('guide.dueOnClosedDay')}</li> : null}
          <li>
            {loans.onlineRenewal && loans.maxRenewals > 0
              ? t('guide.renewal', {
                  count: loans.maxRenewals,
                  from: t(`guide.renewalFrom.${loans.renewalFrom}`),
                  period: period(loans.renewalDays),
                  loans: loanList,
                })
              : t('guide.counterRenewal')}
          </li>
        </ul>
      </section>
      {notices.length > 0 ? (
        <section className="guide-section" aria-labelledby="guide-notices">
          <h2 id="guide-notices">{t('guide.noticesHeading')}</h2>
          <ul>
            {notices.map((notice) => (
              <li key={notice}>{notice}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        {t('guide.calendar')} <Link to={paths.libraryCalendar()}>{t('today.calendarLink')}</Link>
      </p>
    </>
  );
}
