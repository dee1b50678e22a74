import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { App } from '../../src/app/app';
import { createQueryClient } from '../../src/app/query-client';
import { routes } from '../../src/app/routes';

/** Render the whole app at `path`, as a patron's browser would show it (against the library `openLibrary` opened). */
export function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createQueryClient();
  render(<App router={router} queryClient={queryClient} />);
  return { router, queryClient, user: userEvent.setup() };
}

/** Log in through the form, as a patron does. */
export async function logInThroughForm(user: ReturnType<typeof userEvent.setup>, cardNumber: string, password: string) {
  await user.type(await screen.findByLabelText('利用者番号'), cardNumber);
  await user.type(screen.getByLabelText('パスワード'), password);
  await user.click(screen.getByRole('button', { name: 'ログイン' }));
}
