import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client/api';
import { useSessionToken } from '../../src/api/client/session-token';
import { advanceClock, openLibrary, persona, interceptApiRequests } from './harness';
import { logInThroughForm, renderApp } from './render-app';

interceptApiRequests();

describe('logging in', () => {
  it('takes a patron who opened マイページ to login and back, with their summary from the library', async () => {
    openLibrary({ profileId: 'p003' });
    const reader = persona('p003', 'reader');
    const { user, router } = renderApp('/mypage/loans');

    expect(await screen.findByText('ログインが必要なページです。ログインすると、開こうとしたページに戻ります。')).toBeInTheDocument();
    await logInThroughForm(user, reader.cardNumber, reader.password!);

    expect(await screen.findByRole('heading', { name: 'マイページ' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/mypage/loans');
    const summary = await screen.findByRole('region', { name: '利用状況' });
    expect(within(summary).getByText('山田 花子')).toBeInTheDocument();
    expect(within(summary).getByText('***0001')).toBeInTheDocument();
    expect(within(summary).getByText('5冊')).toBeInTheDocument();
    expect(within(summary).getByText('（うち延滞 1冊）')).toBeInTheDocument();
    expect(screen.getByText('山田 花子 さん')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: /^貸出状況：/ })).toBeInTheDocument();
  });

  it('reads a card number typed in full-width digits with a hyphen as the number it means', async () => {
    openLibrary({ profileId: 'p000' });
    const reader = persona('p000', 'reader');
    const { user } = renderApp('/login');

    await user.type(await screen.findByLabelText('登録番号'), '０１２３４５６-７');
    expect(screen.getByText(/「01234567」として送信します/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('パスワード'), reader.password!);
    await user.click(screen.getByRole('button', { name: '認証' }));
    expect(await screen.findByRole('heading', { name: '利用状況の照会' })).toBeInTheDocument();
  });

  it('says what form a card number takes before sending a wrong one', async () => {
    openLibrary({ profileId: 'p000' });
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText('登録番号'), '12345');
    await user.type(screen.getByLabelText('パスワード'), '246810');
    await user.click(screen.getByRole('button', { name: '認証' }));
    expect(await screen.findByText('8桁の半角数字で入力してください（例：01234567）。')).toBeInTheDocument();
    expect(screen.getByLabelText('登録番号')).toHaveAttribute('aria-invalid', 'true');
  });

  it('gives one message for a wrong number or a wrong password, without saying which', async () => {
    openLibrary({ profileId: 'p003' });
    const reader = persona('p003', 'reader');
    const { user } = renderApp('/login');
    await logInThroughForm(user, '3999999', reader.password!);
    const unknownCard = (await screen.findByRole('alert')).textContent;

    await user.clear(screen.getByLabelText('利用者番号'));
    await user.clear(screen.getByLabelText('パスワード'));
    await logInThroughForm(user, reader.cardNumber, 'wrong1');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(unknownCard));
    expect(unknownCard).toContain('利用者番号またはパスワードが正しくありません');
    // The form keeps what was typed, so the patron corrects rather than retypes.
    expect(screen.getByLabelText('利用者番号')).toHaveValue(reader.cardNumber);
  });

  it.each([
    ['p000', '利用者カードの番号8桁を半角数字で入力してください（例：カードの「0123456-7」は「01234567」）。', '半角数字6桁'],
    [
      'p001',
      '利用者カードの番号9桁を半角数字で入力してください（例：100000001）。',
      '半角英数字4〜8文字（記号は使えません）・大文字と小文字は区別されます',
    ],
    [
      'p002',
      '利用者カードの番号10桁を半角数字で入力してください（例：2000000001）。',
      '半角英数字6〜8文字（記号は使えません）・大文字と小文字は区別されます',
    ],
  ] as const)("in %s says the card number's and the password's form, as the library states them", async (profileId, card, password) => {
    openLibrary({ profileId });
    renderApp('/login');
    expect(await screen.findByLabelText(/^(利用者番号|登録番号)$/)).toHaveAccessibleDescription(expect.stringContaining(card) as string);
    expect(screen.getByLabelText('パスワード')).toHaveAccessibleDescription(password);
  });

  it('refuses a password not of 6 half-width digits with the rule, before looking the card up (p000: no attempt counted)', async () => {
    openLibrary({ profileId: 'p000' });
    const reader = persona('p000', 'reader');
    const { user } = renderApp('/login');
    for (const wrongForm of ['abc123', '12345', '1234567', 'a', 'abcdef']) {
      await logInThroughForm(user, reader.cardNumber, wrongForm);
      expect(await screen.findByText('パスワードは「半角数字6桁」です。入力を確かめてください。')).toBeInTheDocument();
      expect(screen.getByLabelText('パスワード')).toHaveAttribute('aria-invalid', 'true');
      await user.clear(screen.getByLabelText('登録番号'));
      await user.clear(screen.getByLabelText('パスワード'));
    }
    // Five refusals, no lock: none was an attempt on the card.
    await logInThroughForm(user, reader.cardNumber, reader.password!);
    expect(await screen.findByRole('heading', { name: '利用状況の照会' })).toBeInTheDocument();
  });

  it("names only what applies to the library's passwords when one is wrong: no 大文字と小文字 where they are digits (p000)", async () => {
    openLibrary({ profileId: 'p000' });
    const reader = persona('p000', 'reader');
    const { user } = renderApp('/login');
    await logInThroughForm(user, reader.cardNumber, '135791');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '登録番号またはパスワードが正しくありません。半角数字で入力されているか確認してください。',
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('大文字');
  });

  it("gives the library's own checklist when the card number or password is wrong (p004)", async () => {
    openLibrary({ profileId: 'p004' });
    const reader = persona('p004', 'reader');
    const { user } = renderApp('/login');
    await logInThroughForm(user, reader.cardNumber, 'Wrong99');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('利用者番号またはパスワードが正しくありません。次の点をお確かめください。');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'パスワードは登録されていますか？',
      '入力に間違いはないですか？',
      '利用者番号とパスワードは半角になっていますか？',
      'パスワードの入力時の英数は、小文字と大文字の区別がされていますので、変更された方はご注意ください。',
    ]);
  });

  it('locks the card after five failures in a row for 15 simulated minutes, then lets the patron in', async () => {
    openLibrary({ profileId: 'p003' });
    const reader = persona('p003', 'reader');
    const { user } = renderApp('/login');
    for (let attempt = 1; attempt <= 5; attempt++) {
      await user.clear(await screen.findByLabelText('利用者番号'));
      await user.clear(screen.getByLabelText('パスワード'));
      await logInThroughForm(user, reader.cardNumber, `bad${attempt}`);
      await screen.findByRole('alert');
    }
    expect(screen.getByRole('alert')).toHaveTextContent('このカードは 2026年11月24日(火) 10:15 までログインできません');

    // Even the right password is refused while the lock lasts.
    await user.clear(screen.getByLabelText('パスワード'));
    await user.type(screen.getByLabelText('パスワード'), reader.password!);
    await user.click(screen.getByRole('button', { name: 'ログイン (認証)' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('までログインできません'));

    await advanceClock(15);
    await user.click(screen.getByRole('button', { name: 'ログイン (認証)' }));
    expect(await screen.findByRole('heading', { name: 'マイページ' })).toBeInTheDocument();
  });

  it('sends a patron whose session ran out after 30 idle minutes to login, then back where they were', async () => {
    openLibrary({ profileId: 'p003' });
    const holder = persona('p003', 'holder');
    const { user, router, queryClient } = renderApp('/login?next=/mypage/reservations');
    await logInThroughForm(user, holder.cardNumber, holder.password!);
    await screen.findByRole('heading', { name: 'マイページ' });
    // The patron leaves the page idle once it has been read: a request of this page still on its
    // way when the clock moves would end the session here and send the patron to log in from
    // 予約状況, racing the move to 貸出状況 below.
    await screen.findByRole('table', { name: /^予約状況：/ });
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));

    await advanceClock(31);
    await router.navigate('/mypage/loans');
    expect(await screen.findByText('一定時間操作がなかったため、ログアウトしました。もう一度ログインしてください。')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');

    await logInThroughForm(user, holder.cardNumber, holder.password!);
    await screen.findByRole('heading', { name: 'マイページ' });
    expect(router.state.location.pathname).toBe('/mypage/loans');
  });

  it('keeps a session that is used within 30 minutes', async () => {
    openLibrary({ profileId: 'p003' });
    const holder = persona('p003', 'holder');
    const { user, router } = renderApp('/login');
    await logInThroughForm(user, holder.cardNumber, holder.password!);
    await screen.findByRole('heading', { name: 'マイページ' });
    // マイページ opens on its first tab by a redirect, which lands once that tab's code is loaded:
    // the test's own move to the cart waits for it, or the redirect could land after it.
    await waitFor(() => expect(router.state.location.pathname).toBe('/mypage/reservations'));
    await advanceClock(20);
    await api.call('getSummary');
    await advanceClock(20);
    await router.navigate('/mypage/cart');
    await api.call('getSession');
    expect(router.state.location.pathname).toBe('/mypage/cart');
  });

  it('ends the session on the server at ログアウト', async () => {
    openLibrary({ profileId: 'p003' });
    const holder = persona('p003', 'holder');
    const { user } = renderApp('/login');
    await logInThroughForm(user, holder.cardNumber, holder.password!);
    await screen.findByRole('heading', { name: 'マイページ' });
    const token = useSessionToken.getState().token!;

    await user.click(screen.getByRole('button', { name: 'ログアウト' }));
    expect(await screen.findByText('ログアウトしました。')).toBeInTheDocument();
    useSessionToken.setState({ token });
    await expect(api.call('getSession')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
