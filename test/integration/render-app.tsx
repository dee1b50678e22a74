import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UNSAFE_createMemoryHistory as createMemoryHistory, type To } from 'react-router';
import { App } from '../../src/app/app';
import { createQueryClient } from '../../src/app/query-client';

/** Render the whole app at `path`, as a patron's browser would show it (against the library `openLibrary` opened). */
export function renderApp(path = '/') {
  const history = createMemoryHistory({ initialEntries: [path], v5Compat: true });
  /** The address the patron is at, and a way to go to another as if typed (or back, with -1). */
  const router = {
    state: {
      get location() {
        return history.location;
      },
    },
    navigate: (to: To | number) => act(async () => (typeof to === 'number' ? history.go(to) : history.push(to))),
  };
  const queryClient = createQueryClient();
  render(<App history={history} queryClient={queryClient} />);
  return { router, queryClient, user: userEvent.setup() };
}

/** Log in through the form, as a patron does (p000's 認証画面 names the card number 登録番号 and the button 認証; p001 says ログインする, p003 ログイン (認証)). */
export async function logInThroughForm(user: ReturnType<typeof userEvent.setup>, cardNumber: string, password: string) {
  await user.type(await screen.findByLabelText(/^(利用者番号|登録番号)$/), cardNumber);
  await user.type(screen.getByLabelText('パスワード'), password);
  await user.click(screen.getByRole('button', { name: /^(ログイン|ログインする|認証|ログイン \(認証\))$/ }));
}
