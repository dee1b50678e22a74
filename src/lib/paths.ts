/**
 * Every address of the app, built in one place so that links and redirects cannot drift apart.
 * The routes, the features and the demo panel all link through this table; none spells a path.
 */

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

/** What the patron chose on the placing form; absent until chosen. */
export interface PlacingChoices {
  pickup?: string;
  contact?: string;
  mode?: 'normal' | 'ordered';
}

const placingQuery = (titleIds: readonly string[], { pickup, contact, mode }: PlacingChoices) => ({
  titles: titleIds.join(','),
  pickup,
  contact,
  mode,
});

export const paths = {
  home: () => '/',
  login: (options: { next?: string; reason?: LoginReason } = {}) => withQuery('/login', { next: options.next, reason: options.reason }),
  passwordChange: (options: { next?: string } = {}) => withQuery('/password', { next: options.next }),
  /** 新規パスワード登録 / 再発行 where the library offers it; elsewhere, how the counter issues one. */
  register: () => '/register',
  /** 蔵書検索; with criteria, 検索結果一覧 (every criterion lives in the query string). */
  search: (query: Record<string, string> = {}) => withQuery('/search', query),
  advancedSearch: (query: Record<string, string> = {}) => withQuery('/search/advanced', query),
  /** 資料詳細 */
  title: (titleId: string) => `/titles/${encodeURIComponent(titleId)}`,
  newArrivals: (query: Record<string, string> = {}) => withQuery('/new', query),
  /** 貸出ベスト (loans) and 予約ベスト (reservations). */
  ranking: (kind: 'loans' | 'reservations', query: Record<string, string> = {}) => withQuery(`/rankings/${kind}`, query),
  cart: () => '/cart',
  /** 利用案内: the library's limits, periods and notices. */
  libraryGuide: () => '/library/guide',
  /** 図書館カレンダー: a month (YYYY-MM) of opening and closed days; the current month without one. */
  libraryCalendar: (month?: string) => withQuery('/library/calendar', { month }),
  mypage: () => '/mypage',
  mypageReservations: () => '/mypage/reservations',
  /** 予約取消 and 予約内容変更 of one reservation, each with its confirmation. */
  reservationCancel: (reservationId: string) => `/mypage/reservations/${encodeURIComponent(reservationId)}/cancel`,
  reservationChange: (reservationId: string) => `/mypage/reservations/${encodeURIComponent(reservationId)}/change`,
  /** 順番の変更 (or シリーズ予約への変更) starting from one reservation. */
  reservationOrder: (reservationId: string) => `/mypage/reservations/${encodeURIComponent(reservationId)}/order`,
  /**
   * Placing the titles ticked in the cart: the form, its confirmation, the result. The address
   * holds the titles in the order chosen and every choice made (受取館, 連絡方法, the way of
   * reserving), so that a reload or 戻る loses nothing.
   */
  reserve: (titleIds: readonly string[], choices: PlacingChoices = {}) => withQuery('/reserve', placingQuery(titleIds, choices)),
  reserveConfirm: (titleIds: readonly string[], choices: PlacingChoices = {}) =>
    withQuery('/reserve/confirm', placingQuery(titleIds, choices)),
  reserveDone: () => '/reserve/done',
  mypageLoans: () => '/mypage/loans',
  /** 貸出延長 of one loan, with its confirmation; 一括延長 of every loan that may be renewed. */
  loanRenew: (loanId: string) => `/mypage/loans/${encodeURIComponent(loanId)}/renew`,
  loansRenewAll: () => '/mypage/loans/renew-all',
  /** 利用者情報: the patron's settings (貸出履歴 where the library keeps one). */
  account: () => '/mypage/account',
  mypageCart: () => '/mypage/cart',
  /** お知らせ: the library's notices to the patron; one notice, opened (and so read). */
  notices: () => '/mypage/notices',
  notice: (noticeId: string) => `/mypage/notices/${encodeURIComponent(noticeId)}`,
  /** 利用者カード: the card number as a barcode, to show at the counter. */
  libraryCard: () => '/mypage/card',
  /** My本棚, a shelf chosen (これから読みたい本 without one); 貸出履歴 is there too where the library keeps one. */
  shelves: (shelfId?: string) => withQuery('/mypage/shelves', { shelf: shelfId }),
  /** 読書マラソン: the patron's reading goals and their progress. */
  readingGoals: () => '/mypage/reading',
  /** 一括変更: the pickup branch or contact method of several reservations, with its confirmation and result. */
  reservationsBulkChange: () => '/mypage/reservations/bulk-change',
  /** 保留 of one reservation (or a new day for one held), and 保留の解除. */
  reservationHold: (reservationId: string) => `/mypage/reservations/${encodeURIComponent(reservationId)}/hold`,
  /** カレンダー: the patron's due dates and pickup deadlines to download (.ics) or subscribe to. */
  myCalendar: () => '/mypage/calendar',
};
