import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api } from '../../src/api/client/api';
import { useSessionToken } from '../../src/api/client/session-token';
import { advanceClock, openLibrary, persona, interceptApiRequests } from './harness';
import { logInThroughForm, renderApp } from './render-app';

interceptApiRequests();

/** The router moves in a transition: its location changes before the page does. This waits for the page. */
const tabOpened = (href: string) =>
  waitFor(() =>
    expect(screen.getByRole('navigation', { name: '利用状況の一覧' }).querySelector(`a[href="${href}"]`)).toHaveAttribute(
      'aria-current',
      'page',
    ),
  );

describe('a temporary password', () => {
  it('lets the patron in only to replace it, under the library policy, then opens マイページ (p000: 本パスワード twice and 設定, not the temporary one again)', async () => {
    openLibrary({ profileId: 'p000' });
    const newcomer = persona('p000', 'newcomer');
    const { user, router } = renderApp('/mypage');
    await logInThroughForm(user, newcomer.cardNumber, newcomer.password!);

    expect(await screen.findByRole('heading', { name: '仮パスワードを本パスワードに変更してください' })).toBeInTheDocument();
    // Any other protected page leads back here.
    await router.navigate('/mypage/loans');
    await waitFor(() => expect(router.state.location.search).toBe('?next=%2Fmypage%2Floans'));
    expect(await screen.findByRole('heading', { name: '仮パスワードを本パスワードに変更してください' })).toBeInTheDocument();
    expect(screen.getByText('半角数字6桁')).toBeInTheDocument();
    // Seed 000's 本パスワードの登録画面: the new password twice, then 設定; the temporary one is not asked again.
    expect(screen.queryByLabelText('仮パスワード')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('本パスワード'), 'abc123');
    await user.type(screen.getByLabelText('本パスワード（確認）'), 'abc123');
    await user.click(screen.getByRole('button', { name: '設定' }));
    expect(await screen.findByText('半角数字だけで入力してください。')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('本パスワード'));
    await user.clear(screen.getByLabelText('本パスワード（確認）'));
    await user.type(screen.getByLabelText('本パスワード'), '864200');
    await user.type(screen.getByLabelText('本パスワード（確認）'), '864201');
    await user.click(screen.getByRole('button', { name: '設定' }));
    expect(await screen.findByText('確認のため、新しいパスワードと同じものを入力してください。')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('本パスワード（確認）'));
    await user.type(screen.getByLabelText('本パスワード（確認）'), '864200');
    await user.click(screen.getByRole('button', { name: '設定' }));
    // The redirect ends once its lazy route has loaded; the notice is on the page it opens.
    await waitFor(() => expect(router.state.location.pathname).toBe('/mypage/loans'));
    await tabOpened('/mypage/loans');
    expect(await screen.findByText('パスワードを変更しました。')).toBeInTheDocument();
    await expect(api.call('login', { body: { cardNumber: newcomer.cardNumber, password: '864200' } })).resolves.toMatchObject({
      session: { mustChangePassword: false },
    });
  });

  it("is not taken again as the new one, and the current password is asked again once it is the patron's own (p000)", async () => {
    openLibrary({ profileId: 'p000' });
    const newcomer = persona('p000', 'newcomer');
    const first = await api.call('login', { body: { cardNumber: newcomer.cardNumber, password: newcomer.password! } });
    expect(first.session).toMatchObject({ mustChangePassword: true, asksCurrentPassword: false });
    useSessionToken.setState({ token: first.token });
    await expect(api.call('changePassword', { body: { newPassword: newcomer.password! } })).rejects.toMatchObject({
      code: 'PASSWORD_POLICY_VIOLATION',
      details: { fields: [{ path: 'newPassword', code: 'password_unchanged' }] },
    });

    const reader = persona('p000', 'reader');
    const { token } = await api.call('login', { body: { cardNumber: reader.cardNumber, password: reader.password! } });
    useSessionToken.setState({ token });
    await expect(api.call('changePassword', { body: { newPassword: '975310' } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { fields: [{ path: 'currentPassword', code: 'required' }] },
    });
  });

  it.each([
    // p001's fields as seed 001 names them: 旧パスワード, 新パスワード, 再入力.
    ['p001', 'the birth date as MMDD', '0415', 'yomu2027', ['旧パスワード', '新パスワード', '再入力']],
    ['p003', 'issued at the counter', 'kari01', 'Yomu2027', ['仮パスワード', '新しいパスワード', '新しいパスワード（確認）']],
  ] as const)(
    'in %s (%s) is replaced by one under the library policy, which then works and the temporary one no longer does',
    async (profileId, _kind, temporary, chosen, [old, fresh, again]) => {
      openLibrary({ profileId });
      const newcomer = persona(profileId, 'newcomer');
      expect(newcomer.password).toBe(temporary);
      const { user, router } = renderApp('/login');
      await logInThroughForm(user, newcomer.cardNumber, temporary);

      expect(await screen.findByRole('heading', { name: '仮パスワードを本パスワードに変更してください' })).toBeInTheDocument();
      expect(screen.getByText('半角英数字4〜8文字（記号は使えません）・大文字と小文字は区別されます')).toBeInTheDocument();
      await user.type(screen.getByLabelText(old), temporary);
      await user.type(screen.getByLabelText(fresh), chosen);
      await user.type(screen.getByLabelText(again), chosen);
      await user.click(screen.getByRole('button', { name: '変更する' }));
      // /mypage, then its first tab, once the lazy route has loaded; the notice stays through the redirect.
      await waitFor(() => expect(router.state.location.pathname).toBe('/mypage/reservations'));
      await tabOpened('/mypage/reservations');
      expect(await screen.findByText('パスワードを変更しました。')).toBeInTheDocument();

      await expect(api.call('login', { body: { cardNumber: newcomer.cardNumber, password: temporary } })).rejects.toMatchObject({
        code: 'INVALID_CREDENTIALS',
      });
      await expect(api.call('login', { body: { cardNumber: newcomer.cardNumber, password: chosen } })).resolves.toMatchObject({
        session: { mustChangePassword: false },
      });
    },
  );

  it('in p001 works only from 30 minutes after the counter issued it, and says from when', async () => {
    openLibrary({ profileId: 'p001' });
    const early = persona('p001', 'newcomer-just-issued');
    expect(early.password).toBe('1224');
    const { user } = renderApp('/login');
    await logInThroughForm(user, early.cardNumber, early.password!);
    expect(await screen.findByRole('alert')).toHaveTextContent('仮パスワードは発行の30分後から使えます。2026年11月24日(火) 10:30 以降に');

    await advanceClock(30);
    // Seed 001: “ログインする”.
    await user.click(screen.getByRole('button', { name: 'ログインする' }));
    expect(await screen.findByRole('heading', { name: '仮パスワードを本パスワードに変更してください' })).toBeInTheDocument();
  });
});
