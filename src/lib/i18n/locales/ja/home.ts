/** Namespace `home`: the library's top page. */
export const home = {
  title: 'ようこそ',
  titleOf: '{{library}}へようこそ',
  lead: '{{library}}のマイページです。{{card}}とパスワードでログインすると、予約や貸出の状況を確認できます。',
  /** The card number in the lead, where the library has no word of its own (p000: 登録番号). */
  cardNumber: '利用者番号',
  toMypage: 'マイページへ',
  toLogin: 'ログインする',
  searchHeading: '蔵書検索',
  searchLabel: '蔵書検索',
  advancedSearch: '詳細蔵書検索',
  patronHeading: 'あなたの利用状況',
  pagesHeading: '図書館のご案内',
  highlights: {
    heading: '図書館の資料',
    newArrivals: '新着資料',
    loans: '貸出ベスト',
    reservations: '予約ベスト',
    more: '{{what}}をもっと見る',
    empty: 'いまはありません。',
  },
};
