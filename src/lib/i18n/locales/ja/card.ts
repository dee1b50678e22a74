/**
 * Namespace `card`: 利用者カード, the card number as a barcode to show at the counter.
 * Japanese is the portal's first language: these keys are the ones `t` takes and English has.
 */
export const card = {
  title: '利用者カード',
  link: '利用者カードを表示する',
  linkHint: '（カウンターでバーコードを読み取れます）',
  lead: '貸出・返却のとき、この画面をカウンターで提示してください。画面を明るくするとよく読み取れます。',
  cardNumber: '利用者番号',
  barcodeLabel: '{{card}} {{number}} のバーコード（{{symbology}}）',
  symbology: { codabar: 'NW-7', code39: 'CODE39', code128: 'CODE128' },
  offline: 'オフラインのため、この端末に保存したカードを表示しています。',
};
