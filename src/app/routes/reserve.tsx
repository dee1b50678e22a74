import { useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate, useOutletContext, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CartItem } from '../../api/contract/cart';
import { ContactMethod } from '../../api/contract/common';
import type { PlacementResult } from '../../api/contract/reservations';
import { useLibraryInfo, useLibraryLabel, useLibraryTerms } from '../../api/queries/library-info';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { useCart } from '../../features/cart/get-cart';
import { useSummary } from '../../api/queries/summary';
import { useReservations } from '../../api/queries/reservations';
import { usePlacingOptions } from '../../features/reservations/get-placing-options';
import type { PlacingDraft } from '../../features/reservations/placing-draft';
import { PlacingConfirmation } from '../../features/reservations/placing-confirmation';
import { PlacingForm } from '../../features/reservations/placing-form';
import { PlacingResultView } from '../../features/reservations/placing-result';
import { useErrorMessage } from '../../lib/error-message';
import { paths, type PlacingChoices } from '../../lib/paths';
import { ReservationLimitsLine } from '../../features/library/reservation-limits';

/** Where 予約する was pressed: the public cart or the マイページ tab, to go back to. */
export interface ReserveNavigationState {
  from: string;
}

interface ReserveContext {
  cartHref: string;
  result: { placement: PlacementResult; items: CartItem[] } | null;
  setResult: (result: { placement: PlacementResult; items: CartItem[] }) => void;
}

/**
 * The ticked titles, in the order chosen, and what the patron chose travel in the address
 * (?titles=…&pickup=…&contact=…&mode=…), so that a reload or 戻る loses nothing.
 */
function usePlacingAddress() {
  const [params] = useSearchParams();
  const contact = ContactMethod.safeParse(params.get('contact'));
  const mode = params.get('mode');
  return {
    titleIds: (params.get('titles') ?? '').split(',').filter(Boolean),
    chosen: {
      pickupBranchId: params.get('pickup') || undefined,
      contactMethod: contact.success ? contact.data : undefined,
      mode: mode === 'normal' || mode === 'ordered' ? mode : undefined,
    } satisfies Partial<Omit<PlacingDraft, 'items'>>,
  };
}

/** The ticked titles still in the cart, in the address's order. */
const itemsIn = (cartItems: readonly CartItem[], titleIds: readonly string[]) =>
  titleIds.flatMap((titleId) => cartItems.filter((item) => item.titleId === titleId));

const choicesOf = (draft: Partial<Omit<PlacingDraft, 'items'>>): PlacingChoices => ({
  pickup: draft.pickupBranchId,
  contact: draft.contactMethod,
  mode: draft.mode,
});

/**
 * 予約: the form, its confirmation and the result, each with its own address. What the patron
 * chose lives in the address, so that 戻る from the confirmation, a failed request or a reload
 * finds everything as it was; the result lives here for the life of the visit.
 */
export function ReserveRoute() {
  const location = useLocation();
  const [cartHref] = useState(() => {
    const from = (location.state as ReserveNavigationState | null)?.from;
    return from === paths.mypageCart() ? from : paths.cart();
  });
  const [result, setResult] = useState<ReserveContext['result']>(null);
  return <Outlet context={{ cartHref, result, setResult } satisfies ReserveContext} />;
}

/** 予約内容の入力: the ticked titles still in the cart, 受取館, 連絡方法, and the way of reserving. */
export function ReserveFormRoute() {
  const { t } = useTranslation('reservation');
  const terms = useLibraryTerms();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const { cartHref } = useOutletContext<ReserveContext>();
  const { titleIds, chosen } = usePlacingAddress();
  const cart = useCart();
  const library = useLibraryInfo();
  const reservations = useReservations();
  const summary = useSummary();
  const items = itemsIn(cart.cart?.items ?? [], titleIds);
  const options = usePlacingOptions(items.map((item) => item.titleId));

  const title = <PageTitle focus>{t('place.title')}</PageTitle>;
  const failed = cart.error
    ? { error: cart.error, retry: cart.refetch }
    : reservations.error
      ? { error: reservations.error, retry: () => void reservations.refetch() }
      : library.error
        ? { error: library.error, retry: () => void library.refetch() }
        : options.error
          ? { error: options.error, retry: () => void options.refetch() }
          : null;
  if (!cart.cart || !library.data || !reservations.data || summary.isPending || (items.length > 0 && !options.data)) {
    return (
      <>
        {title}
        {failed ? <LoadError message={errorMessage(failed.error)} onRetry={failed.retry} /> : <Loading />}
      </>
    );
  }

  if (items.length === 0 || !options.data) {
    return (
      <>
        {title}
        <div className="empty">
          <p>{t('place.empty', terms)}</p>
          <p>
            <Link to={cartHref}>{t('place.toCart', terms)}</Link>
          </p>
        </div>
      </>
    );
  }

  return (
    <>
      {title}
      <p className="lead">{t('place.lead', { count: items.length })}</p>
      <ReservationLimitsLine />
      <PlacingForm
        items={items}
        orderedOption={options.data.ordered}
        library={library.data}
        contactMethods={reservations.data.contactMethods}
        defaultContact={summary.data?.contactMethod ?? null}
        initial={chosen}
        cartHref={cartHref}
        onSubmit={(draft) => {
          const ids = draft.items.map((item) => item.titleId);
          // The form's own address keeps the choices too, for 戻る from the confirmation.
          navigate(paths.reserve(ids, choicesOf(draft)), { replace: true });
          navigate(paths.reserveConfirm(ids, choicesOf(draft)));
        }}
      />
    </>
  );
}

/**
 * 予約内容の確認, from the address: a reload keeps every choice. An address that lacks one (an old
 * link) starts again at the form with what it has.
 */
export function ReserveConfirmRoute() {
  const label = useLibraryLabel();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const { setResult } = useOutletContext<ReserveContext>();
  const { titleIds, chosen } = usePlacingAddress();
  const library = useLibraryInfo();
  const cart = useCart();
  // The titles as first shown: placing takes them out of the cart, and the screen keeps naming them until the result replaces it.
  const [shown, setShown] = useState<CartItem[] | null>(null);
  const { pickupBranchId, contactMethod, mode } = chosen;
  if (!pickupBranchId || !contactMethod || !mode) return <Navigate replace to={paths.reserve(titleIds, choicesOf(chosen))} />;
  // 予約内容の確認, or the library's own name for the screen (p004: 予約確認).
  const title = <PageTitle focus>{label('reserve.confirmTitle', 'reservation:confirm.title')}</PageTitle>;
  const items = shown ?? itemsIn(cart.cart?.items ?? [], titleIds);
  if (!shown && items.length > 0) setShown(items);
  if (!library.data || (!shown && !cart.cart)) {
    const failed = cart.error
      ? { error: cart.error, retry: cart.refetch }
      : library.error
        ? { error: library.error, retry: () => void library.refetch() }
        : null;
    return (
      <>
        {title}
        {failed ? <LoadError message={errorMessage(failed.error)} onRetry={failed.retry} /> : <Loading />}
      </>
    );
  }
  if (items.length === 0) return <Navigate replace to={paths.reserve(titleIds, choicesOf(chosen))} />;
  const draft: PlacingDraft = { items, pickupBranchId, contactMethod, mode };
  return (
    <>
      {title}
      <PlacingConfirmation
        draft={draft}
        library={library.data}
        onBack={() => navigate(paths.reserve(titleIds, choicesOf(chosen)))}
        onPlaced={(placement) => {
          setResult({ placement, items: draft.items });
          // The result replaces the confirmation: going back leads to the form with what is left in the cart.
          navigate(paths.reserveDone(), { replace: true });
        }}
      />
    </>
  );
}

/** 予約結果; without one (a reload) the patron finds their reservations in 予約状況. */
export function ReserveDoneRoute() {
  const { cartHref, result } = useOutletContext<ReserveContext>();
  const library = useLibraryInfo();
  // 予約結果, or the library's own name for the screen (p001: 予約受付完了).
  const heading = useLibraryLabel()('reserve.resultTitle', 'reservation:result.title');
  if (!result) return <Navigate replace to={paths.mypageReservations()} />;
  return (
    <>
      <PageTitle focus>{heading}</PageTitle>
      {library.data ? (
        <PlacingResultView result={result.placement} items={result.items} library={library.data} cartHref={cartHref} />
      ) : (
        <Loading />
      )}
    </>
  );
}
