import { useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate, useOutletContext, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CartItem } from '../../api/contract/cart';
import type { PlacementResult } from '../../api/contract/reservations';
import { useLibraryInfo, useLibraryTerms, useOwnLabel } from '../../api/queries/library-info';
import { LoadError } from '../../components/load-error';
import { Loading } from '../../components/loading';
import { PageTitle } from '../../components/page-title';
import { useCart } from '../../features/cart/get-cart';
import { useSummary } from '../../api/queries/summary';
import { useReservations } from '../../api/queries/reservations';
import type { PlacingDraft } from '../../features/reservations/placing-draft';
import { PlacingConfirmation } from '../../features/reservations/placing-confirmation';
import { PlacingForm } from '../../features/reservations/placing-form';
import { PlacingResultView } from '../../features/reservations/placing-result';
import { useErrorMessage } from '../../lib/error-message';
import { paths } from '../../lib/paths';

/** Where 予約する was pressed: the public cart or the マイページ tab, to go back to. */
export interface ReserveNavigationState {
  from: string;
}

interface ReserveContext {
  cartHref: string;
  draft: PlacingDraft | null;
  setDraft: (draft: PlacingDraft) => void;
  result: { placement: PlacementResult; items: CartItem[] } | null;
  setResult: (result: { placement: PlacementResult; items: CartItem[] }) => void;
}

/** The ticked titles travel in the address (?titles=…), so that a reload keeps them. */
function useTitleIds(): string[] {
  const [params] = useSearchParams();
  return (params.get('titles') ?? '').split(',').filter(Boolean);
}

/**
 * 予約: the form, its confirmation and the result, each with its own address. What the patron
 * chose lives here for the life of the visit, so that 戻る from the confirmation, or a failed
 * request, finds the form as it was.
 */
export function ReserveRoute() {
  const location = useLocation();
  const [cartHref] = useState(() => {
    const from = (location.state as ReserveNavigationState | null)?.from;
    return from === paths.mypageCart() ? from : paths.cart();
  });
  const [draft, setDraft] = useState<PlacingDraft | null>(null);
  const [result, setResult] = useState<ReserveContext['result']>(null);
  return <Outlet context={{ cartHref, draft, setDraft, result, setResult } satisfies ReserveContext} />;
}

/** 予約内容の入力: the ticked titles still in the cart, 受取館, 連絡方法, and the way of reserving. */
export function ReserveFormRoute() {
  const { t } = useTranslation('reservation');
  const terms = useLibraryTerms();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const { cartHref, draft, setDraft } = useOutletContext<ReserveContext>();
  const titleIds = useTitleIds();
  const cart = useCart();
  const library = useLibraryInfo();
  const reservations = useReservations();
  const summary = useSummary();

  const title = <PageTitle focus>{t('place.title')}</PageTitle>;
  const failed = cart.error
    ? { error: cart.error, retry: cart.refetch }
    : reservations.error
      ? { error: reservations.error, retry: () => void reservations.refetch() }
      : library.error
        ? { error: library.error, retry: () => void library.refetch() }
        : null;
  if (!cart.cart || !library.data || !reservations.data || summary.isPending) {
    return (
      <>
        {title}
        {failed ? <LoadError message={errorMessage(failed.error)} onRetry={failed.retry} /> : <Loading />}
      </>
    );
  }

  const inCart = cart.cart.items;
  const items = titleIds.flatMap((titleId) => inCart.filter((item) => item.titleId === titleId));
  if (items.length === 0) {
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
      <PlacingForm
        items={items}
        library={library.data}
        contactMethods={reservations.data.contactMethods}
        defaultContact={summary.data?.contactMethod ?? null}
        initial={draft}
        cartHref={cartHref}
        onSubmit={(chosen) => {
          setDraft(chosen);
          navigate(paths.reserveConfirm(titleIds));
        }}
      />
    </>
  );
}

/** 予約内容の確認: nothing chosen (a reload, an old address) starts again at the form. */
export function ReserveConfirmRoute() {
  const { t } = useTranslation('reservation');
  const navigate = useNavigate();
  const { draft, setResult } = useOutletContext<ReserveContext>();
  const titleIds = useTitleIds();
  const library = useLibraryInfo();
  if (!draft) return <Navigate replace to={paths.reserve(titleIds)} />;
  return (
    <>
      <PageTitle focus>{t('confirm.title')}</PageTitle>
      {library.data ? (
        <PlacingConfirmation
          draft={draft}
          library={library.data}
          onBack={() => navigate(paths.reserve(titleIds))}
          onPlaced={(placement) => {
            setResult({ placement, items: draft.items });
            // The result replaces the confirmation: going back leads to the form with what is left in the cart.
            navigate(paths.reserveDone(), { replace: true });
          }}
        />
      ) : (
        <Loading />
      )}
    </>
  );
}

/** 予約結果; without one (a reload) the patron finds their reservations in 予約状況. */
export function ReserveDoneRoute() {
  const { t } = useTranslation('reservation');
  const { cartHref, result } = useOutletContext<ReserveContext>();
  const library = useLibraryInfo();
  // 予約結果, or the library's own name for the screen (p001: 予約受付完了).
  const heading = useOwnLabel()('reserve.resultTitle') ?? t('result.title');
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
