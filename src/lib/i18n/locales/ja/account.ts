/**
 * Namespace `account`: the patron's own details, e-mail addresses and contact method.
 * Japanese is the portal's first language: these keys are the ones `t` takes and English has.
 */
export const account = {
  title: '利用者情報',
  link: '利用者情報',
  linkHint: '（メールアドレス・連絡方法・パスワード）',
  toMypage: 'マイページに戻る',
  loadFailed: '利用者情報を読み込めませんでした。',
  none: '登録なし',
  registration: {
    title: '登録内容',
    name: '氏名',
    card: '利用者番号',
    phone: '電話',
    mobile: '携帯電話',
    counterOnly: '氏名・電話番号の変更は、図書館のカウンターでお申し出ください。',
    password: 'パスワードを変更する',
  },
  email: {
    title: 'メールアドレス',
    lead_one:
      'メールアドレスを1件登録できます。新しいアドレスには確認メールを送ります。メールのリンクを開くと、そのアドレスが使えるようになります（24時間以内・1回限り）。',
    lead_other:
      'メールアドレスを{{count}}件まで登録できます。新しいアドレスには確認メールを送ります。メールのリンクを開くと、そのアドレスが使えるようになります（24時間以内・1回限り）。',
    single: 'メールアドレス',
    slot: 'メールアドレス{{slot}}',
    unregistered: '未登録',
    pending: '{{address}} に確認メールを送りました。メールのリンクを開くと登録が完了します（{{until}}まで有効）。',
    address: '{{label}}を登録',
    newAddress: '{{label}}を変更',
    hint: '例：hanako@example.jp。図書館からのメールを受け取れるようにしておいてください。',
    empty: 'メールアドレスを入力してください。',
    send: '確認メールを送る',
    sending: '送っています…',
    remove: '{{label}}を削除',
    inUse: 'このアドレスは連絡方法として使われているため削除できません。先に連絡方法（予約ごとの連絡方法も）を変更してください。',
  },
  contact: {
    title: '連絡方法',
    legend: '予約の連絡方法（新しく予約するときの初期値）',
    unregistered: '（未登録）',
    counterOnly: '（未登録・カウンターで登録できます）',
    applyToReservations: '予約中の資料の連絡方法も変更する',
    applyHint: 'すでに用意できた資料（利用可能）の連絡方法は変わりません。',
    submit: '変更する',
    submitting: '変更しています…',
    done: '連絡方法を「{{method}}」に変更しました。',
    doneReservations: '予約 {{count}}件の連絡方法も変更しました。',
    noEmail: '該当する E-mail アドレスが存在しません。先にメールアドレスを登録し、確認メールのリンクを開いてください。',
    addEmail: 'メールアドレスを登録する',
    failed: '連絡方法を変更できませんでした。元のままです。',
  },
};
