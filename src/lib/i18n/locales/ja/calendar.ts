/**
 * Namespace `calendar`: calendars (.ics) for calendar apps — 休館日, and the patron's 返却期限 and 取置期限.
 * Japanese is the portal's first language: these keys are the ones `t` takes and English has.
 */
export const calendar = {
  title: 'カレンダー',
  link: 'カレンダーに追加する',
  linkHint: '（返却期限・取置期限をスマートフォンなどのカレンダーに）',
  lead: '返却期限日と取置期限を、終日の予定としてお使いのカレンダーアプリ（Google カレンダー、iPhone のカレンダーなど）に入れられます。',
  addLibrary: 'カレンダーに追加（.ics）',
  addLibraryHint: '休館日を、お使いのカレンダーアプリに終日の予定として取り込めます。',
  download: {
    heading: 'ファイルで取り込む',
    lead: 'いまの返却期限日と取置期限を .ics ファイルでダウンロードします。延長などで日付が変わったら、もう一度取り込むと同じ予定が更新されます。',
    button: '返却期限・取置期限をダウンロード（.ics）',
    pending: 'カレンダーを作成しています…',
    failed: 'カレンダーをダウンロードできませんでした。',
  },
  subscription: {
    heading: '購読用アドレス',
    lead: 'カレンダーアプリにこのアドレスを登録（購読）すると、貸出や予約が変わるたびに予定が自動で更新されます。アドレスはログインなしで読めるため、他の人に教えないでください。',
    none: '購読用アドレスはまだ発行していません。',
    issued:
      '購読用アドレスは {{date}} に発行済みです。アドレスは発行したときだけ表示されます。わからなくなったときは新しいアドレスを発行してください。',
    address: '購読用アドレス',
    shownOnce: 'このアドレスはこの画面を離れると再表示できません。いまコピーしてカレンダーアプリに登録してください。',
    copy: 'アドレスをコピー',
    copied: 'アドレスをコピーしました。',
    copyFailed: 'コピーできませんでした。アドレスを選択してコピーしてください。',
    create: '購読用アドレスを発行',
    reset: '新しいアドレスを発行',
    confirmHeading: '新しいアドレスを発行しますか？',
    confirmBody:
      'いまのアドレスはすぐに使えなくなり、それを登録したカレンダーアプリには予定が届かなくなります。新しいアドレスを登録し直してください。',
    confirm: '発行する',
    cancel: 'やめる',
    pending: 'アドレスを発行しています…',
    failed: 'アドレスを発行できませんでした。いまのアドレスはそのまま使えます。',
  },
};
