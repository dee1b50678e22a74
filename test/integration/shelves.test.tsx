import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { LibraryHost } from '../../mocks/runtime/library-host';
import type { Situation } from '../../mocks/seed/personas';
import type { ProfileId } from '../../src/api/contract/library';
import { API_BASE, firstTitleIn, interceptApiRequests, openLibrary, overrideApi, persona } from './harness';
import { logInThroughForm, renderApp } from './render-app';

interceptApiRequests();

let host: LibraryHost;

async function logInAt(path: string, profileId: ProfileId = 'p004', situation: Situation = 'reader') {
  const patron = persona(profileId, situation);
  const app = renderApp(`/login?next=${encodeURIComponent(path)}`);
  await logInThroughForm(app.user, patron.cardNumber, patron.password!);
  return app;
}

function shelfItemsOf(situation: Situation) {
  const { cardNumber } = persona('p004', situation);
  return host.run(async (library) => {
    const patron = library.db.tables.patrons.find((row) => row.cardNumber === cardNumber)!;
    return library.db.tables.shelfItems.where('patronId', patron.id);
  });
}

describe('My本棚 (p004)', () => {
  it('lists the reader’s shelf with the limits stated, sorts it, moves a title to お気に入り and puts one in the 予約カート', async () => {
    host = openLibrary({ profileId: 'p004' });
    const { user } = await logInAt('/mypage');
    await user.click(await screen.findByRole('link', { name: 'My本棚' }));
    expect(
      await screen.findByText('本棚は10個まで（これから読みたい本・お気に入りを含む）、1つの本棚に100点まで保存できます。'),
    ).toBeInTheDocument();
    const shelf = await screen.findByRole('region', { name: /^これから読みたい本 4点/ });
    expect(within(shelf).getByText('この資料は現在所蔵されていません（保存時の情報を表示しています）')).toBeInTheDocument();
    expect(within(shelf).getByText('消えた図書館の謎')).toBeInTheDocument();

    await user.selectOptions(within(shelf).getByLabelText('並べ替え'), 'title');
    const titles = within(shelf)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('.shelf-item-title')!.textContent!);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('ja').compare));

    const first = titles[0]!;
    await user.selectOptions(within(shelf).getByRole('combobox', { name: `${first}の移動先` }), 'お気に入り');
    await user.click(within(shelf).getAllByRole('button', { name: '移動' })[0]!);
    expect(await screen.findByText(`「${first}」をお気に入りに移しました。`)).toBeInTheDocument();
    await screen.findByRole('region', { name: /^これから読みたい本 3点/ });
    expect((await shelfItemsOf('reader')).filter((item) => item.shelfId === 'favourites')).toHaveLength(3);

    const wanted = within(await screen.findByRole('region', { name: /^これから読みたい本 3点/ }));
    const reservable = wanted.getAllByRole('listitem').find((item) => within(item).queryByRole('link'))!;
    await user.click(within(reservable).getByRole('checkbox'));
    expect(wanted.getByText('1点を選択中')).toBeInTheDocument();
    await user.click(wanted.getByRole('button', { name: 'カートに入れる' }));
    expect(await screen.findByText(/1点を予約カートに入れました/)).toBeInTheDocument();
  });

  it('makes a shelf and deletes it after asking', async () => {
    host = openLibrary({ profileId: 'p004' });
    const { user } = await logInAt('/mypage/shelves', 'p004', 'quiet');
    await user.type(await screen.findByLabelText('本棚の名前'), '旅の本');
    await user.click(screen.getByRole('button', { name: 'つくる' }));
    expect(await screen.findByText('本棚「旅の本」をつくりました。')).toBeInTheDocument();
    await user.click(await screen.findByRole('link', { name: /^旅の本/ }));
    await user.click(await screen.findByRole('button', { name: 'この本棚を削除' }));
    const question = await screen.findByRole('group', { name: '本棚「旅の本」を削除しますか' });
    await user.click(within(question).getByRole('button', { name: '削除する' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: /^旅の本/ })).not.toBeInTheDocument());
  });

  it('saves a title from 資料詳細 at once, and takes it back with a message when the library refuses', async () => {
    host = openLibrary({ profileId: 'p004' });
    const title = await firstTitleIn(host, (row) => row.materialType === 'book' && !row.referenceOnly);
    overrideApi(
      http.post(
        `${API_BASE}/me/shelves/:shelfId/items`,
        () => HttpResponse.json({ error: { code: 'INTERNAL_ERROR', message: 'down' } }, { status: 500 }),
        {
          once: true,
        },
      ),
    );
    const { user } = await logInAt(`/titles/${title.id}`, 'p004', 'quiet');
    await user.click(await screen.findByRole('button', { name: 'My本棚に保存' }));
    expect(await screen.findByText('保存できませんでした。本棚は元のままです。')).toBeInTheDocument();
    expect(await shelfItemsOf('quiet')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'My本棚に保存' }));
    expect(await screen.findByText('これから読みたい本に1点保存しました。')).toBeInTheDocument();
    await waitFor(async () => expect((await shelfItemsOf('quiet')).map((item) => item.titleId)).toEqual([title.id]));
  });

  it('saves a title nobody may reserve (禁帯出) from 資料詳細 too: a shelf is not the cart', async () => {
    host = openLibrary({ profileId: 'p004' });
    const title = await firstTitleIn(host, (row) => row.referenceOnly);
    const { user } = await logInAt(`/titles/${title.id}`, 'p004', 'quiet');
    await user.click(await screen.findByRole('button', { name: 'My本棚に保存' }));
    expect(await screen.findByText('これから読みたい本に1点保存しました。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /予約かごへ|カートに入れる/ })).not.toBeInTheDocument();
    await waitFor(async () => expect((await shelfItemsOf('quiet')).map((item) => item.titleId)).toEqual([title.id]));
  });
});

describe('読書マラソン (p004)', () => {
  it('shows the goal half reached, sets one for this month and shows its progress, days left and months as a table', async () => {
    host = openLibrary({ profileId: 'p004' });
    const { user } = await logInAt('/mypage');
    await user.click(await screen.findByRole('link', { name: '読書マラソン' }));
    const year = await screen.findByRole('article', { name: /^今年（2026年1月1日/ });
    expect(within(year).getByText('3冊 / 6冊')).toBeInTheDocument();
    expect(within(year).getByText('残り38日')).toBeInTheDocument();
    expect(within(year).getByRole('progressbar', { name: /の進み具合$/ })).toHaveAttribute('value', '3');
    expect(within(year).getAllByRole('row')).toHaveLength(13);

    const target = screen.getByLabelText('冊数');
    await user.clear(target);
    await user.type(target, '2');
    await user.click(screen.getByRole('radio', { name: /^今月/ }));
    await user.click(screen.getByRole('button', { name: '目標を立てる' }));
    expect(await screen.findByText('目標を立てました。')).toBeInTheDocument();
    const month = await screen.findByRole('article', { name: /^今月（2026年11月1日/ });
    expect(within(month).getByText('0冊 / 2冊')).toBeInTheDocument();
    expect(within(month).getByText('残り7日')).toBeInTheDocument();

    // Deleting a goal asks first; 削除しない keeps it, 削除する deletes it.
    await user.click(within(month).getByRole('button', { name: /^目標「今月/ }));
    const question = within(month).getByRole('group', { name: /を削除しますか$/ });
    expect(within(question).getByRole('heading')).toHaveFocus();
    await user.click(within(question).getByRole('button', { name: '削除しない' }));
    expect(screen.getByRole('article', { name: /^今月（2026年11月1日/ })).toBeInTheDocument();
    await user.click(within(month).getByRole('button', { name: /^目標「今月/ }));
    await user.click(within(month).getByRole('button', { name: '削除する' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: /^今月（2026年11月1日/ })).not.toBeInTheDocument());
  });

  it('keeps what was entered and names the problem when the dates are reversed', async () => {
    host = openLibrary({ profileId: 'p004' });
    const { user } = await logInAt('/mypage/reading');
    await user.click(await screen.findByRole('radio', { name: '期間を指定' }));
    await user.type(screen.getByLabelText('開始日'), '2026-12-31');
    await user.type(screen.getByLabelText('終了日'), '2026-12-01');
    await user.click(screen.getByRole('button', { name: '目標を立てる' }));
    expect(await screen.findByText('終了日は開始日より後にしてください。')).toBeInTheDocument();
    expect(screen.getByLabelText('開始日')).toHaveValue('2026-12-31');
  });
});
