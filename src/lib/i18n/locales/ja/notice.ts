/**
 * Namespace `notice`: お知らせ, the library's notices to the patron, and the banner of items waiting for pickup.
 * Japanese is the portal's first language: these keys are the ones `t` takes and English has.
 */
export const notice = {
  title: 'お知らせ',
  listLabel: '図書館からのお知らせ',
  empty: '図書館からのお知らせはありません。',
  unread: '未読',
  sentAt: '送信日時 {{date}}',
  kind: {
    'ready-notice': '予約資料のご用意',
    'due-reminder': '返却期限日のお知らせ',
    'overdue-notice': '延滞のお知らせ',
    'temporary-password': '仮パスワード',
    'email-confirmation': 'メールアドレスの確認',
    'password-confirmation': 'パスワード登録の確認',
  },
  back: 'お知らせ一覧へ戻る',
  notFound: 'このお知らせは見つかりません。',
  readFailed: '既読にできませんでした。',
  retryRead: 'もう一度試す',
  pickup: {
    heading: '受取可能な予約資料があります',
    branch: '受取館',
    deadline: '取置期限',
    daysLeft: 'あと{{count}}日',
    lastDay: '本日まで',
    until: '{{date}}（{{left}}）',
    toList: '予約状況を見る',
  },
};
