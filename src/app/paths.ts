/** Every address of the app, built in one place so that links and redirects cannot drift apart. */

export type LoginReason = 'expired' | 'required' | 'logged-out';

/** Only addresses inside the app may be returned to after logging in. */
export function safeNext(next: string | null | undefined): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

const withQuery = (path: string, query: Record<string, string | undefined>) => {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const text = search.toString();
  return text ? `${path}?${text}` : path;
};

export const paths = {
  home: () => '/',
  login: (options: { next?: string; reason?: LoginReason } = {}) => withQuery('/login', { next: options.next, reason: options.reason }),
  passwordChange: (options: { next?: string } = {}) => withQuery('/password', { next: options.next }),
  search: () => '/search',
  cart: () => '/cart',
  mypage: () => '/mypage',
  mypageReservations: () => '/mypage/reservations',
  mypageLoans: () => '/mypage/loans',
  mypageCart: () => '/mypage/cart',
};
