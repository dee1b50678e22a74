import { beforeAll, describe, expect, it } from 'vitest';
import { i18next, loadStrings } from '../../../src/lib/i18n/i18n';

// The layout's strings, which the app waits for before its first render (English too, for the second test).
beforeAll(async () => {
  await loadStrings(['common', 'catalog', 'cart']);
  await i18next.loadLanguages('en');
});

describe('i18next as the portal sets it up', () => {
  it('is ready before the first render, in Japanese, with every namespace', () => {
    expect(i18next.isInitialized).toBe(true);
    expect(i18next.t('app.loading')).toBe('読み込み中…');
    expect(i18next.t('catalog:simple.submit')).toBe('検索');
  });

  it('writes a library term in lower case in the middle of an English sentence', () => {
    const en = i18next.getFixedT('en', 'cart');
    expect(en('add', { cart: 'Reservation basket' })).toBe('Add to reservation basket');
    expect(i18next.getFixedT('ja', 'cart')('add', { cart: '予約カート' })).toBe('予約カートへ');
  });
});
