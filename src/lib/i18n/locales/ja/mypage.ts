/**
 * Namespace `mypage`: マイページ, the patron's summary page.
 * Japanese is the portal's first language: these keys are the ones `t` takes and English has.
 */
export const mypage = {
  title: 'マイページ',
  cardNumber: '利用者番号',
  summaryTitle: '利用状況',
  loans: '貸出中',
  overdueNote: '（うち延滞 {{count}}冊）',
  reservations: '予約中',
  readyNote: '（うち受取可能 {{count}}件）',
  cartItems: '予約かご',
  countItems: '{{count}}点',
  countBooks: '{{count}}冊',
  countCases: '{{count}}件',
  tabsLabel: '利用状況の一覧',
  tab: { reservations: '予約状況', loans: '貸出状況', cart: '予約かご' },
};
