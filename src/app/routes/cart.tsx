import { useLibraryLabel } from '../../api/queries/library-info';
import { PageTitle } from '../../components/page-title';
import { CartList } from '../../features/cart/cart-list';
import { paths } from '../paths';

/** 予約かご for anyone: the browser's cart before login, the patron's own after. */
export function CartRoute() {
  const label = useLibraryLabel();
  return (
    <>
      <PageTitle>{label('nav.cart', 'nav.cart')}</PageTitle>
      <CartList titleHref={paths.title} searchHref={paths.search()} loginHref={paths.login({ next: paths.cart() })} />
    </>
  );
}

/** The 予約かご tab of マイページ: the same list, below the page's summary and tabs. */
export function MypageCartRoute() {
  const label = useLibraryLabel();
  return (
    <>
      <h2 className="visually-hidden">{label('nav.cart', 'mypage.tab.cart')}</h2>
      <CartList
        titleHref={paths.title}
        searchHref={paths.search()}
        loginHref={paths.login({ next: paths.mypageCart() })}
        itemHeading="h3"
      />
    </>
  );
}
